package io.rotordream.encoder.x265.internal;

import com.sun.jna.Native;
import com.sun.jna.NativeLibrary;
import com.sun.jna.Platform;

/**
 * libc memcpy through JNA direct mapping: copies encoded NAL units from the library's buffers
 * into the caller's direct output buffer without a Java array in between and without allocating
 * (JNA's own Pointer/ByteBuffer views would allocate a wrapper per call).
 */
final class NativeCopy {

    static {
        Native.register(NativeCopy.class, NativeLibrary.getInstance(Platform.C_LIBRARY_NAME));
    }

    private NativeCopy() {
    }

    /** size_t is 64 bits on the LP64 targets this bundle runs on. */
    static native long memcpy(long destination, long source, long bytes);
}
