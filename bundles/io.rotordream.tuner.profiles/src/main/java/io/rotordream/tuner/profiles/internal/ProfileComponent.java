package io.rotordream.tuner.profiles.internal;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.metatype.annotations.Designate;

/**
 * One per profile configuration. It holds nothing: the profile service reads the profiles from
 * Configuration Admin, synchronously, so a profile created by the API can be applied at once. This
 * component exists so the metatype describes the factory (validation of API writes and file drops,
 * the Web Console's form) and each profile shows among the components.
 */
@Component(service = {}, configurationPid = ProfileConfig.FACTORY_PID, configurationPolicy = ConfigurationPolicy.REQUIRE)
@Designate(ocd = ProfileConfig.class, factory = true)
public final class ProfileComponent {

    @Activate
    public ProfileComponent() {
        // nothing to hold
    }
}
