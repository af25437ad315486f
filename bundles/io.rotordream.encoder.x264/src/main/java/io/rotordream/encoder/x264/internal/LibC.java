package io.rotordream.encoder.x264.internal;

import com.sun.jna.Native;
import com.sun.jna.NativeLibrary;
import com.sun.jna.Platform;

/** The C library call x264's log needs, direct-mapped like {@link X264Native}. */
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

    /** Formats x264's log lines; {@code args} is the {@code va_list} x264 hands its log callback. */
    static native int vsnprintf(byte[] buffer, long size, long format, long args);
}
