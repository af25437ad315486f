package io.rotordream.video.v4l2.internal;

import com.sun.jna.Native;
import com.sun.jna.NativeLibrary;
import com.sun.jna.Platform;
import com.sun.jna.Pointer;

/**
 * libc through JNA direct mapping: no reflection or boxing per call, so DQBUF/QBUF/poll allocate
 * nothing. size_t, off_t, nfds_t and ioctl's request are Java longs: LP64 Linux only.
 * errno survives the call and is read with {@link Native#getLastError()}.
 */
final class LibC {
    static {
        Native.register(LibC.class, NativeLibrary.getInstance(Platform.C_LIBRARY_NAME));
    }

    private LibC() {
    }

    static native int open(String path, int flags);

    static native int close(int fd);

    static native int ioctl(int fd, long request, Pointer arg);

    static native Pointer mmap(Pointer addr, long length, int prot, int flags, int fd, long offset);

    static native int munmap(Pointer addr, long length);

    static native int poll(Pointer fds, long nfds, int timeoutMs);

    static native String strerror(int errno);

    static V4l2Exception lastError(String operation) {
        int errno = Native.getLastError();
        return new V4l2Exception(operation, errno, strerror(errno));
    }
}
