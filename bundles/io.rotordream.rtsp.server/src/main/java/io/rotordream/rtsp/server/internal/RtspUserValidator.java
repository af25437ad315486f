package io.rotordream.rtsp.server.internal;

import java.util.Map;

import org.osgi.service.component.annotations.Component;

import io.rotordream.config.api.ConfigRejectedException;
import io.rotordream.config.api.ConfigValidator;

/** A user's hashes must be hashes: hex of the right length, so a clear password can never be stored by mistake. */
@Component(property = ConfigValidator.PID_PROPERTY + "=" + RtspUserConfig.FACTORY_PID)
public final class RtspUserValidator implements ConfigValidator {

    @Override
    public void validate(Map<String, Object> p) {
        check(p, "ha1_md5", 32);
        check(p, "ha1_sha256", 64);
    }

    private static void check(Map<String, Object> p, String key, int hexDigits) {
        String v = String.valueOf(p.getOrDefault(key, "")).trim();
        if (!v.isEmpty() && !v.matches("[0-9a-fA-F]{" + hexDigits + "}")) {
            throw new ConfigRejectedException(RtspUserConfig.FACTORY_PID, key,
                    "must be " + hexDigits + " hex digits (a hash, never a password)");
        }
    }
}
