package io.rotordream.os.linux.internal;

import java.util.List;
import java.util.Map;

import io.rotordream.os.api.JvmThreads;

/** Which threads of this process are the JVM's JIT compilers. */
final class CompilerThreads {

    private CompilerThreads() {
    }

    /** @param comms each thread's comm by thread id */
    static List<Integer> of(Map<Integer, String> comms) {
        return comms.entrySet().stream().filter(e -> JvmThreads.isJitCompiler(e.getValue())).map(Map.Entry::getKey)
                .sorted().toList();
    }
}
