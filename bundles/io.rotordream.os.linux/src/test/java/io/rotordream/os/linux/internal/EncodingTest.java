package io.rotordream.os.linux.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;

import java.nio.ByteOrder;
import java.util.Set;

import org.junit.Test;

import com.sun.jna.Memory;

public class EncodingTest {

    @Test
    public void ioPriorityFollowsLinuxIoprioH() {
        assertEquals(0x4004, IoPriority.bestEffort(4)); // IOPRIO_PRIO_VALUE(IOPRIO_CLASS_BE, 4)
        assertEquals(4, IoPriority.level(0x4004));
        assertEquals(-1, IoPriority.level(0)); // IOPRIO_CLASS_NONE
        assertEquals(2, IoPriority.level(1 << 13 | 2)); // RT level 2
        assertEquals(7, IoPriority.level(3 << 13)); // IDLE
        assertEquals(5, IoPriority.level(2 << 13 | 1 << 3 | 5)); // a hint bit does not change the level
    }

    @Test
    public void errnoNamesAndText() {
        assertEquals("EACCES (Permission denied)", Errno.describe(13, "Permission denied"));
        assertEquals("errno 999 (Unknown error 999)", Errno.describe(999, "Unknown error 999"));
    }

    @Test
    public void cpuMaskRoundTripsAcrossWords() {
        try (Memory mask = new Memory(128)) {
            Set<Integer> cpus = Set.of(0, 31, 32, 63, 64, 1023);
            CpuMask.write(cpus, mask, 128);
            assertEquals(cpus, CpuMask.read(mask, 128));
            if (ByteOrder.nativeOrder() == ByteOrder.LITTLE_ENDIAN) {
                assertEquals(1, mask.getByte(0) & 1);
                assertEquals(0x80, mask.getByte(127) & 0xff); // CPU 1023: top bit of the last byte
            }
        }
    }

    @Test
    public void syscallNumbersPerArchitecture() {
        assertEquals(new Syscalls(186, 251, 252), Syscalls.forArch("x86-64").orElseThrow());
        assertEquals(new Syscalls(178, 30, 31), Syscalls.forArch("aarch64").orElseThrow());
        assertEquals(new Syscalls(224, 314, 315), Syscalls.forArch("arm").orElseThrow());
        assertFalse(Syscalls.forArch("s390x").isPresent());
    }

    @Test
    public void knobLabels() {
        assertEquals("cpus 0,2,10", Knobs.cpus(Set.of(10, 2, 0)));
        assertEquals("nice -10", Knobs.nice(-10));
        assertEquals("ioprio 4", Knobs.ioPriority(4));
    }
}
