package io.rotordream.os.linux.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.util.List;
import java.util.Set;

import org.junit.Test;

import io.rotordream.os.api.SchedulingResult;
import io.rotordream.os.api.ThreadScheduling;

public class UnsupportedThreadSchedulingTest {

    @Test
    public void notLinuxActivatesAndRefusesEveryKnob() {
        ThreadScheduling sched = new ThreadSchedulingComponent(Backends.open(false, "x86-64", () -> {
            throw new AssertionError("libc must not be loaded off Linux");
        }));
        SchedulingResult result = sched.applyToCurrentThread(Set.of(1), -5, 2);
        assertTrue(result.applied.isEmpty());
        assertEquals(3, result.refused.size());
        assertTrue(result.refused.get(0), result.refused.get(0).startsWith("cpus 1: unsupported: not Linux"));
        assertTrue(result.refused.get(1), result.refused.get(1).startsWith("nice -5: unsupported: not Linux"));
        assertTrue(result.refused.get(2), result.refused.get(2).startsWith("ioprio 2: unsupported: not Linux"));
        assertEquals(-1, sched.currentThreadId());
        assertEquals(Set.of(), sched.allowedCpus());
        try {
            sched.read(1);
            fail("read has no answer without libc");
        } catch (UnsupportedOperationException e) {
            assertTrue(e.getMessage(), e.getMessage().startsWith("unsupported: not Linux"));
        }
    }

    @Test
    public void libcThatDoesNotLoadIsUnsupportedWithTheReason() {
        ThreadScheduling sched = Backends.open(true, "x86-64", () -> {
            throw new UnsatisfiedLinkError("libc.so.6: cannot open shared object file");
        });
        assertEquals(List.of("nice 3: unsupported: cannot load libc: libc.so.6: cannot open shared object file"),
                sched.apply(42, null, 3, null).refused);
    }

    @Test
    public void unknownArchitectureIsUnsupported() {
        ThreadScheduling sched = Backends.open(true, "sparcv9", () -> {
            throw new AssertionError("no syscall numbers, no libc");
        });
        assertEquals(List.of("ioprio 4: unsupported: no syscall numbers for architecture sparcv9"),
                sched.apply(42, Set.of(), null, 4).refused);
    }
}
