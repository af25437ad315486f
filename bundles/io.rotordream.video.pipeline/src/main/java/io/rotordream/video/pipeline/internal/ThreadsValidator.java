package io.rotordream.video.pipeline.internal;

import java.util.Map;
import java.util.Set;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.metatype.annotations.Designate;

import io.rotordream.config.api.ConfigRejectedException;
import io.rotordream.config.api.ConfigValidator;
import io.rotordream.os.api.ThreadScheduling;

/** Affinity to a CPU this process may not use (the seed's example pins to CPUs 2 and 3) is refused, naming the stage. */
@Component(configurationPid = ThreadsConfig.PID, property = ConfigValidator.PID_PROPERTY + "=" + ThreadsConfig.PID)
@Designate(ocd = ThreadsConfig.class)
public final class ThreadsValidator implements ConfigValidator {

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    volatile ThreadScheduling scheduling;

    /** The validator reads its configuration from the write it checks, not from its own: nothing to do. */
    @Modified
    void modified() {
    }

    @Override
    public void validate(Map<String, Object> p) {
        ThreadScheduling s = scheduling;
        if (s == null) {
            return;
        }
        Set<Integer> allowed = s.allowedCpus();
        for (String stage : new String[] { "capture", "encode", "stream", "io" }) {
            String key = "thread_affinity_" + stage;
            Object v = p.get(key);
            if (v instanceof Integer[] cpus) {
                for (Integer cpu : cpus) {
                    if (!allowed.contains(cpu)) {
                        throw new ConfigRejectedException(ThreadsConfig.PID, key,
                                "CPU " + cpu + " is not available to this process; CPUs: " + allowed);
                    }
                }
            }
        }
    }
}
