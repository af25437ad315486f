package io.rotordream.tuner.vm.internal;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.metatype.annotations.Designate;

import io.rotordream.tuner.api.Tuner;
import io.rotordream.tuner.api.knobs.KnobFiles;

/**
 * The vm plugin as a service. Its configuration reaches the tuning service as service properties
 * (DS publishes them), which plans with it; the plugin itself keeps no state, so it can be stopped
 * or replaced at any time.
 */
@Component(service = Tuner.class, configurationPid = VmConfig.PID, property = Tuner.NAME_PROPERTY + "=" + VmTuner.NAME)
@Designate(ocd = VmConfig.class)
public final class VmTunerComponent extends VmTuner {

    @Activate
    public VmTunerComponent() {
        super(KnobFiles.SYSTEM);
    }

    /** Present so a configuration change updates the service properties instead of restarting the component. */
    @Modified
    void modified() {
    }
}
