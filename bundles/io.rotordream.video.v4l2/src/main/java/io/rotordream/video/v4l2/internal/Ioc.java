package io.rotordream.video.v4l2.internal;

/**
 * ioctl request numbers as the kernel's {@code _IOR/_IOW/_IOWR} macros build them
 * (asm-generic/ioctl.h: nr in bits 0-7, type 8-15, size 16-29, direction 30-31). Holds on x86_64
 * and arm64; mips, powerpc and sparc use other direction bits and are not supported.
 */
final class Ioc {
    private static final int NRSHIFT = 0;
    private static final int TYPESHIFT = 8;
    private static final int SIZESHIFT = 16;
    private static final int DIRSHIFT = 30;
    private static final long WRITE = 1;
    private static final long READ = 2;
    private static final int SIZEMASK = (1 << 14) - 1;

    private Ioc() {
    }

    static long ioc(long dir, char type, int nr, int size) {
        if (size < 0 || size > SIZEMASK) {
            throw new IllegalArgumentException("ioctl argument of " + size + " bytes does not fit _IOC_SIZEBITS");
        }
        return (dir << DIRSHIFT) | ((long) type << TYPESHIFT) | ((long) nr << NRSHIFT) | ((long) size << SIZESHIFT);
    }

    /** {@code _IOR}: the kernel writes the argument. */
    static long ior(char type, int nr, int size) {
        return ioc(READ, type, nr, size);
    }

    /** {@code _IOW}: the kernel reads the argument. */
    static long iow(char type, int nr, int size) {
        return ioc(WRITE, type, nr, size);
    }

    /** {@code _IOWR}: both. */
    static long iowr(char type, int nr, int size) {
        return ioc(READ | WRITE, type, nr, size);
    }
}
