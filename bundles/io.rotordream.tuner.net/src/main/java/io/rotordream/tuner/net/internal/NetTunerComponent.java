package io.rotordream.tuner.net.internal;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.metatype.annotations.Designate;

import io.rotordream.tuner.api.Tuner;
import io.rotordream.tuner.api.knobs.KnobFiles;

/** The net plugin as a service; its configuration reaches the tuning service as service properties. */
@Component(service = Tuner.class, configurationPid = NetConfig.PID, property = Tuner.NAME_PROPERTY + "=" + NetTuner.NAME)
@Designate(ocd = NetConfig.class)
public final class NetTunerComponent extends NetTuner {

    @Activate
    public NetTunerComponent() {
        super(KnobFiles.SYSTEM, processes());
    }

    /** Present so a configuration change updates the service properties instead of restarting the component. */
    @Modified
    void modified() {
    }
}
