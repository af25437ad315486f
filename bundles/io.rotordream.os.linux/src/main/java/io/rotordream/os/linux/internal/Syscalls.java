package io.rotordream.os.linux.internal;

import java.util.Optional;

/**
 * Syscall numbers for the calls libc may not wrap. They differ per architecture; the values come
 * from the kernel's tables (arch/x86/entry/syscalls/syscall_64.tbl and syscall_32.tbl,
 * include/uapi/asm-generic/unistd.h, arch/arm/tools/syscall.tbl,
 * arch/powerpc/kernel/syscalls/syscall.tbl).
 */
record Syscalls(long gettid, long ioprioSet, long ioprioGet) {

    /** @param arch JNA's canonical architecture name ({@code Platform.ARCH}) */
    static Optional<Syscalls> forArch(String arch) {
        switch (arch) {
            case "x86-64":
                return Optional.of(new Syscalls(186, 251, 252));
            case "x86":
                return Optional.of(new Syscalls(224, 289, 290));
            // the asm-generic table, shared by the newer ports
            case "aarch64":
            case "riscv64":
            case "loongarch64":
                return Optional.of(new Syscalls(178, 30, 31));
            // EABI: __NR_SYSCALL_BASE is 0
            case "arm":
            case "armel":
                return Optional.of(new Syscalls(224, 314, 315));
            case "ppc":
            case "ppc64":
            case "ppc64le":
                return Optional.of(new Syscalls(207, 273, 274));
            default:
                return Optional.empty();
        }
    }
}
