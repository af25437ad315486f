package io.rotordream.tuner.disk.internal;

import java.time.Duration;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.metatype.annotations.Designate;

import io.rotordream.tuner.api.Tuner;
import io.rotordream.tuner.api.knobs.Commands;
import io.rotordream.tuner.api.knobs.KnobFiles;

/** The disk plugin as a service; stateless, its configuration reaches the tuning service as service properties. */
@Component(service = Tuner.class, configurationPid = DiskConfig.PID, property = Tuner.NAME_PROPERTY + "=" + DiskTuner.NAME)
@Designate(ocd = DiskConfig.class)
public final class DiskTunerComponent extends DiskTuner {

    @Activate
    public DiskTunerComponent() {
        super(KnobFiles.SYSTEM, Commands.processes("", Duration.ofSeconds(20)));
    }

    /** Present so a configuration change updates the service properties instead of restarting the component. */
    @Modified
    void modified() {
    }
}
