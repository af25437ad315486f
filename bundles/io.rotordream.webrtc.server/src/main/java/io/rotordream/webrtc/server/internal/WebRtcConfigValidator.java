package io.rotordream.webrtc.server.internal;

import java.util.Map;

import org.osgi.service.component.annotations.Component;

import io.rotordream.config.api.ConfigRejectedException;
import io.rotordream.config.api.ConfigValidator;
import io.rotordream.webrtc.server.internal.srtp.SrtpProfile;

/** What the metatype cannot say about rotordream.streaming.webrtc. */
@Component(property = ConfigValidator.PID_PROPERTY + "=" + WebRtcConfig.PID)
public final class WebRtcConfigValidator implements ConfigValidator {

    private static final String IP = "^[0-9.]+$|^[0-9a-fA-F:]*:[0-9a-fA-F:.]*$";

    @Override
    public void validate(Map<String, Object> p) {
        int min = ((Number) p.getOrDefault("udp_port_min", 40000)).intValue();
        int max = ((Number) p.getOrDefault("udp_port_max", 40999)).intValue();
        if (max < min) {
            throw new ConfigRejectedException(WebRtcConfig.PID, "udp_port_max",
                    "must be at least udp_port_min (" + min + ")");
        }
        if ((min == 0) != (max == 0)) {
            throw new ConfigRejectedException(WebRtcConfig.PID, "udp_port_min",
                    "0 (any port) needs udp_port_max 0 too");
        }
        for (String a : strings(p.get("ice_addresses"))) {
            if (!a.trim().matches(IP)) {
                throw new ConfigRejectedException(WebRtcConfig.PID, "ice_addresses", "'" + a + "' is not an IP address");
            }
        }
        Object pub = p.get("public_address");
        if (pub != null && !pub.toString().isBlank() && !pub.toString().trim().matches(IP)) {
            throw new ConfigRejectedException(WebRtcConfig.PID, "public_address", "'" + pub + "' is not an IP address");
        }
        for (String s : strings(p.get("ice_servers"))) {
            if (!s.isBlank() && !s.matches("^(stun|stuns|turn|turns):[^\\s]+$")) {
                throw new ConfigRejectedException(WebRtcConfig.PID, "ice_servers",
                        "'" + s + "' is not a stun:, stuns:, turn: or turns: URI");
            }
        }
        for (String s : strings(p.get("srtp_profiles"))) {
            if (SrtpProfile.byName(s) == null) {
                throw new ConfigRejectedException(WebRtcConfig.PID, "srtp_profiles",
                        "'" + s + "' is not one of AEAD_AES_128_GCM, AES_CM_128_HMAC_SHA1_80");
            }
        }
    }

    private static String[] strings(Object v) {
        if (v == null) {
            return new String[0];
        }
        if (v instanceof String[] a) {
            return a;
        }
        if (v instanceof java.util.Collection<?> c) {
            return c.stream().map(String::valueOf).toArray(String[]::new);
        }
        return new String[] { v.toString() };
    }
}
