package io.rotordream.rtsp.server.internal;

import java.util.Map;

import org.osgi.service.component.annotations.Component;

import io.rotordream.config.api.ConfigRejectedException;
import io.rotordream.config.api.ConfigValidator;

/** What the metatype cannot say about the RTSP configuration: ranges that must agree with each other. */
@Component(property = ConfigValidator.PID_PROPERTY + "=" + RtspConfig.PID)
public final class RtspConfigValidator implements ConfigValidator {

    @Override
    public void validate(Map<String, Object> p) {
        int min = ((Number) p.get("rtp_port_min")).intValue();
        int max = ((Number) p.get("rtp_port_max")).intValue();
        if (min % 2 != 0) {
            throw new ConfigRejectedException(RtspConfig.PID, "rtp_port_min", "must be even (RTP on even ports, RFC 3550 §11)");
        }
        if (max <= min) {
            throw new ConfigRejectedException(RtspConfig.PID, "rtp_port_max", "must be above rtp_port_min");
        }
        String group = String.valueOf(p.get("multicast_group")).trim();
        if (!group.matches("2(2[4-9]|3\\d)(\\.\\d{1,3}){3}")) {
            throw new ConfigRejectedException(RtspConfig.PID, "multicast_group", "not an IPv4 multicast address");
        }
        Object allowed = p.get("allowed_transports");
        if (allowed instanceof String[] a) {
            for (String t : a) {
                if (!t.trim().matches("udp|tcp|multicast")) {
                    throw new ConfigRejectedException(RtspConfig.PID, "allowed_transports", "unknown transport " + t);
                }
            }
        }
    }
}
