package io.rotordream.os.linux.internal;

import java.util.Optional;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.sun.jna.LastErrorException;
import com.sun.jna.Native;
import com.sun.jna.Platform;

import io.rotordream.os.api.ThreadScheduling;

/** Chooses the libc implementation when this is Linux and libc loads, the refusing one otherwise. */
final class Backends {

    private static final Logger LOG = LoggerFactory.getLogger(Backends.class);

    private Backends() {
    }

    static ThreadScheduling open() {
        try {
            return open(Platform.isLinux(), Platform.ARCH, () -> Native.load("c", LibC.class));
        } catch (LinkageError e) {
            // JNA's own native part (jnidispatch) is missing for this platform
            return unsupported("JNA cannot load: " + e);
        }
    }

    static ThreadScheduling open(boolean linux, String arch, Supplier<LibC> libc) {
        if (!linux) {
            return unsupported("not Linux (" + System.getProperty("os.name") + ")");
        }
        Optional<Syscalls> numbers = Syscalls.forArch(arch);
        if (numbers.isEmpty()) {
            return unsupported("no syscall numbers for architecture " + arch);
        }
        try {
            NativeThreads kernel = NativeThreads.open(libc.get(), numbers.get());
            LinuxThreadScheduling scheduling = new LinuxThreadScheduling(kernel);
            LOG.info("Thread scheduling through libc on {}: CPUs {}, {}-byte cpu_set_t", arch,
                    Knobs.list(scheduling.allowedCpus()), kernel.maskBytes());
            return scheduling;
        } catch (LinkageError e) {
            return unsupported("cannot load libc: " + e.getMessage());
        } catch (LastErrorException e) {
            return unsupported("sched_getaffinity: " + Errno.name(e.getErrorCode()));
        }
    }

    private static ThreadScheduling unsupported(String reason) {
        UnsupportedThreadScheduling scheduling = new UnsupportedThreadScheduling(reason);
        LOG.warn("Thread scheduling {}; affinity, nice and I/O priority stay as the OS set them", scheduling);
        return scheduling;
    }
}
