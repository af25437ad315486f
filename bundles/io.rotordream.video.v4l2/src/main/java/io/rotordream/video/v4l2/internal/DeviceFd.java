package io.rotordream.video.v4l2.internal;

import java.nio.charset.StandardCharsets;

import com.sun.jna.Memory;
import com.sun.jna.Native;
import com.sun.jna.Pointer;

import io.rotordream.video.v4l2.internal.VideoDevice.Fraction;

/** An open device file descriptor and the ioctl conventions of V4L2. */
final class DeviceFd {
    final String path;
    final int fd;
    private boolean closed;

    private DeviceFd(String path, int fd) {
        this.path = path;
        this.fd = fd;
    }

    /** O_NONBLOCK: DQBUF returns EAGAIN instead of sleeping, so only poll waits, with a timeout. */
    static DeviceFd open(String path) throws V4l2Exception {
        int fd = LibC.open(path, Posix.O_RDWR | Posix.O_NONBLOCK | Posix.O_CLOEXEC);
        if (fd < 0) {
            throw LibC.lastError("open " + path);
        }
        return new DeviceFd(path, fd);
    }

    /** Retries EINTR as the V4L2 capture example's xioctl does; -1 with errno kept otherwise. */
    int xioctl(long request, Pointer arg) {
        int r;
        do {
            r = LibC.ioctl(fd, request, arg);
        } while (r == -1 && Native.getLastError() == Posix.EINTR);
        return r;
    }

    void ioctl(String name, long request, Pointer arg) throws V4l2Exception {
        if (xioctl(request, arg) == -1) {
            throw error(name);
        }
    }

    /** Enumerations end with EINVAL at the first index past the last entry (videodev2.h). */
    boolean enumerate(String name, long request, Pointer arg) throws V4l2Exception {
        if (xioctl(request, arg) == 0) {
            return true;
        }
        if (Native.getLastError() == Posix.EINVAL) {
            return false;
        }
        throw error(name);
    }

    V4l2Exception error(String name) {
        return LibC.lastError(name + " on " + path);
    }

    synchronized void close() {
        if (!closed) {
            closed = true;
            LibC.close(fd);
        }
    }

    static Fraction fraction(Memory m, int num, int den) {
        return new Fraction(m.getInt(num), m.getInt(den));
    }

    /** A NUL-padded __u8[size] field. */
    static String text(Memory m, int offset, int size) {
        byte[] b = m.getByteArray(offset, size);
        int n = 0;
        while (n < size && b[n] != 0) {
            n++;
        }
        return new String(b, 0, n, StandardCharsets.UTF_8);
    }

    static Memory struct(int size) {
        Memory m = new Memory(size);
        m.clear();
        return m;
    }
}
