package io.rotordream.tuner.cpu.internal;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.metatype.annotations.Designate;

import io.rotordream.tuner.api.Tuner;
import io.rotordream.tuner.api.knobs.KnobFiles;

/** The cpu plugin as a service; stateless, its configuration reaches the tuning service as service properties. */
@Component(service = Tuner.class, configurationPid = CpuConfig.PID, property = Tuner.NAME_PROPERTY + "=" + CpuTuner.NAME)
@Designate(ocd = CpuConfig.class)
public final class CpuTunerComponent extends CpuTuner {

    @Activate
    public CpuTunerComponent() {
        super(KnobFiles.SYSTEM);
    }

    /** Present so a configuration change updates the service properties instead of restarting the component. */
    @Modified
    void modified() {
    }
}
