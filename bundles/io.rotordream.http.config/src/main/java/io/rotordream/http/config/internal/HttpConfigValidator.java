package io.rotordream.http.config.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.osgi.service.component.annotations.Component;

import io.rotordream.config.api.ConfigRejectedException;
import io.rotordream.config.api.ConfigValidator;

/** TLS needs a readable keystore and password file; refuse before Jetty fails to start. */
@Component(property = ConfigValidator.PID_PROPERTY + "=" + HttpConfig.PID)
public final class HttpConfigValidator implements ConfigValidator {

    @Override
    public void validate(Map<String, Object> p) {
        if (!Boolean.TRUE.equals(p.get("tls_enabled"))) {
            return;
        }
        String keystore = String.valueOf(p.get("keystore_path"));
        if (keystore.isBlank() || !Files.isReadable(Path.of(keystore))) {
            throw new ConfigRejectedException(HttpConfig.PID, "keystore_path",
                    "TLS needs a readable keystore; '" + keystore + "' is not");
        }
        String passwordFile = String.valueOf(p.get("keystore_password_file"));
        if (!passwordFile.isBlank() && !Files.isReadable(Path.of(passwordFile))) {
            throw new ConfigRejectedException(HttpConfig.PID, "keystore_password_file",
                    "'" + passwordFile + "' is not readable");
        }
    }
}
