package io.rotordream.rtsp.server.internal;

import java.util.Map;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.metatype.annotations.Designate;

import io.rotordream.rtsp.server.internal.protocol.DigestAuth;

/** One configured viewer, offered to the server, which picks users up and drops them live. */
@Component(service = RtspUserComponent.class, configurationPid = RtspUserConfig.FACTORY_PID,
        configurationPolicy = ConfigurationPolicy.REQUIRE)
@Designate(ocd = RtspUserConfig.class, factory = true)
public final class RtspUserComponent {

    final String name;
    final DigestAuth.Credentials credentials;

    @Activate
    public RtspUserComponent(RtspUserConfig config, Map<String, Object> props) {
        String pid = String.valueOf(props.get("service.pid"));
        this.name = pid.substring(pid.lastIndexOf('~') + 1);
        this.credentials = new DigestAuth.Credentials(blankToNull(config.ha1__md5()),
                blankToNull(config.ha1__sha256()), config.role());
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim().toLowerCase(java.util.Locale.ROOT);
    }
}
