package io.rotordream.video.v4l2.internal;

/** Flag and errno values of Linux (generic ABI: x86_64, arm64), checked by AbiLayoutTest. */
final class Posix {
    private Posix() {
    }

    static final int O_RDWR = 2;
    static final int O_NONBLOCK = 0x800;
    static final int O_CLOEXEC = 0x80000;

    static final int PROT_READ = 1;
    static final int PROT_WRITE = 2;
    static final int MAP_SHARED = 1;

    static final int POLLIN = 0x1;
    static final int POLLPRI = 0x2;
    static final int POLLERR = 0x8;
    static final int POLLHUP = 0x10;
    static final int POLLNVAL = 0x20;

    static final int ENOENT = 2;
    static final int EINTR = 4;
    static final int EIO = 5;
    static final int EAGAIN = 11;
    static final int EACCES = 13;
    static final int EBUSY = 16;
    static final int ENODEV = 19;
    static final int EINVAL = 22;
    static final int ENOTTY = 25;
    static final int ERANGE = 34;
}
