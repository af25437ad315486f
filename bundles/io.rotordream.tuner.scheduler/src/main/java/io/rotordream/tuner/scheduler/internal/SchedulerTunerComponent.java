package io.rotordream.tuner.scheduler.internal;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.metatype.annotations.Designate;

import io.rotordream.os.api.ThreadScheduling;
import io.rotordream.tuner.api.Tuner;

/**
 * The scheduler plugin as a service. The thread scheduling service may come and go (its bundle
 * updated); while it is away the knobs say so instead of failing the plugin.
 */
@Component(service = Tuner.class, configurationPid = SchedulerConfig.PID,
        property = Tuner.NAME_PROPERTY + "=" + SchedulerTuner.NAME)
@Designate(ocd = SchedulerConfig.class)
public final class SchedulerTunerComponent extends SchedulerTuner {

    private final AtomicReference<ThreadScheduling> scheduling;
    private volatile Runnable changed = () -> {
    };

    @Activate
    public SchedulerTunerComponent() {
        this(new AtomicReference<>());
    }

    private SchedulerTunerComponent(AtomicReference<ThreadScheduling> ref) {
        super(Path.of("/proc/self/task"), ref::get);
        this.scheduling = ref;
    }

    /** Present so a configuration change updates the service properties instead of restarting the component. */
    @Modified
    void modified() {
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void setScheduling(ThreadScheduling s) {
        scheduling.set(s);
        changed.run(); // what could not be applied without it can be now
    }

    void unsetScheduling(ThreadScheduling s) {
        scheduling.compareAndSet(s, null);
    }

    @Override
    public void watch(Runnable callback) {
        this.changed = callback;
    }
}
