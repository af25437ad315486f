package io.rotordream.encoder.support;

import com.sun.jna.Native;
import com.sun.jna.NativeLibrary;
import com.sun.jna.Platform;

/**
 * libc memcpy through JNA direct mapping: copies encoded NAL units from a library's buffers into
 * the caller's direct output buffer without a Java array in between and without allocating (JNA's
 * own Pointer/ByteBuffer views would allocate a wrapper per call). Bound once, when the class is
 * initialized: direct mapping is per class and class loader, and class initialization already
 * happens exactly once, so no flag is needed to guard it.
 */
public final class NativeCopy {

    static {
        Native.register(NativeCopy.class, NativeLibrary.getInstance(Platform.C_LIBRARY_NAME));
    }

    private NativeCopy() {
    }

    /**
     * Copies {@code bytes} bytes between native addresses that do not overlap. size_t is a
     * {@code long}: the backends run on LP64 targets only.
     *
     * @return {@code destination}, as memcpy does
     */
    public static native long memcpy(long destination, long source, long bytes);
}
