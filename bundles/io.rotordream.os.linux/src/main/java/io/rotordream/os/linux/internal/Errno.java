package io.rotordream.os.linux.internal;

/**
 * Names of the errno values the scheduling calls return (asm-generic/errno-base.h, errno.h; the
 * same numbers on every architecture listed in {@link Syscalls}).
 */
final class Errno {

    static final int EPERM = 1;
    static final int ESRCH = 3;
    static final int EACCES = 13;
    static final int EFAULT = 14;
    static final int EINVAL = 22;
    static final int ENOSYS = 38;

    private Errno() {
    }

    static String name(int errno) {
        switch (errno) {
            case EPERM:
                return "EPERM";
            case ESRCH:
                return "ESRCH";
            case EACCES:
                return "EACCES";
            case EFAULT:
                return "EFAULT";
            case EINVAL:
                return "EINVAL";
            case ENOSYS:
                return "ENOSYS";
            default:
                return "errno " + errno;
        }
    }

    /** "EACCES (Permission denied)". */
    static String describe(int errno, String strerror) {
        return name(errno) + " (" + strerror + ")";
    }
}
