package io.rotordream.os.linux.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.Test;

import io.rotordream.os.api.JvmThreads;

public class CompilerThreadsTest {

    @Test
    public void hotSpotCompilerThreadsAreKnownByTheirCutName() {
        assertTrue(JvmThreads.isJitCompiler("C1 CompilerThre"));
        assertTrue(JvmThreads.isJitCompiler("C2 CompilerThre"));
        assertTrue(JvmThreads.isJitCompiler("JVMCI CompilerT"));
    }

    @Test
    public void otherThreadsAreNot() {
        for (String comm : new String[] { "java", "FelixStartLevel", "VM Thread", "Sweeper thread",
                "rotordream-enco", "C1", "", null }) {
            assertFalse(comm, JvmThreads.isJitCompiler(comm));
        }
    }

    @Test
    public void picksTheCompilersOutOfTheProcessInTidOrder() {
        Map<Integer, String> comms = Map.of(101, "java", 115, "C2 CompilerThre", 114, "C1 CompilerThre", 140,
                "FelixStartLevel", 160, "C1 CompilerThre");
        assertEquals(List.of(114, 115, 160), CompilerThreads.of(comms));
    }

    @Test
    public void thisJvmHasCompilerThreadsUnderThoseNames() {
        // Guards the names against a JVM that renames its threads: on the JVM that runs the build
        // the list is not empty (a JVM run with -Xint would have none).
        assertFalse(CompilerThreads.of(ProcTask.comms()).isEmpty());
    }
}
