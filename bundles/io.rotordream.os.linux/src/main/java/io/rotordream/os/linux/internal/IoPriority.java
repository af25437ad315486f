package io.rotordream.os.linux.internal;

/** The ioprio value of ioprio_set(2)/ioprio_get(2), laid out as in linux/ioprio.h. */
final class IoPriority {

    static final int WHO_PROCESS = 1;
    static final int LEVELS = 8;

    private static final int CLASS_SHIFT = 13;
    private static final int CLASS_MASK = 0x07;
    private static final int CLASS_NONE = 0;
    private static final int CLASS_BE = 2;
    private static final int CLASS_IDLE = 3;
    // Since Linux 6.5 bits 3..12 carry hints; the level is only the low three bits (IOPRIO_LEVEL_MASK).
    private static final int LEVEL_MASK = 0x07;

    private IoPriority() {
    }

    /** IOPRIO_PRIO_VALUE(IOPRIO_CLASS_BE, level). */
    static int bestEffort(int level) {
        return CLASS_BE << CLASS_SHIFT | level & LEVEL_MASK;
    }

    /**
     * The level as ThreadState reports it: -1 for IOPRIO_CLASS_NONE (the kernel then derives the
     * level from nice, ioprio_set(2) "(cpu_nice + 20) / 5"), the lowest best-effort level for
     * IOPRIO_CLASS_IDLE, which has no level of its own, and the level for BE and RT.
     */
    static int level(int ioprio) {
        int ioClass = ioprio >> CLASS_SHIFT & CLASS_MASK;
        if (ioClass == CLASS_NONE) {
            return -1;
        }
        if (ioClass == CLASS_IDLE) {
            return LEVELS - 1;
        }
        return ioprio & LEVEL_MASK;
    }
}
