package io.rotordream.os.linux.internal;

import java.util.ArrayList;
import java.util.List;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.rotordream.os.api.SchedulingResult;
import io.rotordream.os.api.ThreadScheduling;

/**
 * Runs the JVM's JIT compiler threads at a higher nice value than the appliance's threads, 10 by
 * default (nice(1)'s "background"). During the boot, compilation otherwise takes most of a core of
 * a two-core machine from the start-level thread, which readiness waits for (restarts ~0.25 s
 * sooner here); afterwards it would take it from capture and encoding. The compilers still get
 * every idle cycle, and about a tenth of a core that nice-0 threads contend for.
 *
 * <p>Applied once per configuration, not watched: compiler threads the JVM adds later are started
 * by a compiler thread and inherit its nice value. The tuner's "process" nice leaves these threads
 * to this component; its affinity and I/O priority still cover them.
 */
@Component(immediate = true, configurationPid = CompilerThreadsConfig.PID,
        configurationPolicy = ConfigurationPolicy.OPTIONAL)
@Designate(ocd = CompilerThreadsConfig.class)
public final class CompilerThreadPriority {

    private static final Logger LOG = LoggerFactory.getLogger(CompilerThreadPriority.class);

    private final ThreadScheduling scheduling;

    @Activate
    public CompilerThreadPriority(@Reference ThreadScheduling scheduling, CompilerThreadsConfig config) {
        this.scheduling = scheduling;
        apply(config);
    }

    @Modified
    void modified(CompilerThreadsConfig config) {
        apply(config);
    }

    private void apply(CompilerThreadsConfig config) {
        List<String> refused = new ArrayList<>();
        List<Integer> threads = CompilerThreads.of(ProcTask.comms());
        for (int tid : threads) {
            SchedulingResult r = scheduling.apply(tid, null, config.nice(), null);
            refused.addAll(r.refused.stream().map(why -> "tid " + tid + " " + why).toList());
        }
        if (!refused.isEmpty()) {
            LOG.warn("JIT compiler threads not set to nice {}: {}", config.nice(), refused);
        } else {
            LOG.debug("JIT compiler threads {} at nice {}", threads, config.nice());
        }
    }
}
