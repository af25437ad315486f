package io.rotordream.encoder.x264.internal;

import com.sun.jna.Native;
import com.sun.jna.NativeLibrary;
import com.sun.jna.Platform;

/** The two C library calls the backend needs, direct-mapped like {@link X264Native}. */
final class LibC {

    /** See {@link X264Native}: the direct-mapping binding is per class loader. */
    private static boolean bound;

    private LibC() {
    }

    static synchronized void bind() {
        if (!bound) {
            Native.register(LibC.class, NativeLibrary.getInstance(Platform.C_LIBRARY_NAME));
            bound = true;
        }
    }

    /** Copies an encoded picture out of x264's NAL buffer in one go. */
    static native long memcpy(long destination, long source, long bytes);

    /** Formats x264's log lines; {@code args} is the {@code va_list} x264 hands its log callback. */
    static native int vsnprintf(byte[] buffer, long size, long format, long args);
}
