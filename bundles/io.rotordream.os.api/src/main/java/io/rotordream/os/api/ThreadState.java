package io.rotordream.os.api;

import java.util.Set;

/** A thread's scheduling as the kernel reports it. */
public final class ThreadState {
    public int tid;
    public String name;
    public Set<Integer> cpus;
    public int nice;
    /** Best-effort level, or -1 when the thread has no explicit I/O priority. */
    public int ioPriority;
}
