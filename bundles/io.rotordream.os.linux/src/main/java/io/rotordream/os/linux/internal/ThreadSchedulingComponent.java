package io.rotordream.os.linux.internal;

import java.util.Set;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;

import io.rotordream.os.api.SchedulingResult;
import io.rotordream.os.api.ThreadScheduling;
import io.rotordream.os.api.ThreadState;

/**
 * The ThreadScheduling service. Activation never fails for want of libc: off Linux, or where libc
 * cannot be loaded, the service is still registered and says "unsupported" for every request.
 * Immediate, so the allowed CPUs are taken on SCR's own thread at startup rather than on the
 * thread of the first consumer, which may already be pinned, and the log says at boot whether
 * scheduling works here.
 */
@Component(service = ThreadScheduling.class, immediate = true)
public final class ThreadSchedulingComponent implements ThreadScheduling {

    private final ThreadScheduling backend;

    @Activate
    public ThreadSchedulingComponent() {
        this(Backends.open());
    }

    ThreadSchedulingComponent(ThreadScheduling backend) {
        this.backend = backend;
    }

    @Override
    public int currentThreadId() {
        return backend.currentThreadId();
    }

    @Override
    public Set<Integer> allowedCpus() {
        return backend.allowedCpus();
    }

    @Override
    public SchedulingResult applyToCurrentThread(Set<Integer> cpus, Integer nice, Integer ioPriority) {
        return backend.applyToCurrentThread(cpus, nice, ioPriority);
    }

    @Override
    public SchedulingResult apply(int tid, Set<Integer> cpus, Integer nice, Integer ioPriority) {
        return backend.apply(tid, cpus, nice, ioPriority);
    }

    @Override
    public ThreadState read(int tid) {
        return backend.read(tid);
    }

    @Override
    public String toString() {
        return backend.toString();
    }
}
