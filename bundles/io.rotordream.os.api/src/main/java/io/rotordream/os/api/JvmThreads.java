package io.rotordream.os.api;

/** The JVM's own threads, known by the name the kernel shows for them (comm, cut to 15 bytes). */
public final class JvmThreads {

    private JvmThreads() {
    }

    /** HotSpot's JIT compiler threads: "C1 CompilerThread0", "C2 CompilerThread1", "JVMCI CompilerThread0". */
    public static boolean isJitCompiler(String comm) {
        return comm != null && (comm.startsWith("C1 Compiler") || comm.startsWith("C2 Compiler")
                || comm.startsWith("JVMCI Compiler"));
    }
}
