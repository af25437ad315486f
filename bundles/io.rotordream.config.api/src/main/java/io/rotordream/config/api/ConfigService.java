package io.rotordream.config.api;

import java.util.Map;

import org.osgi.annotation.versioning.ProviderType;

/** Reads and writes {@code rotordream.*} configurations with validation first. */
@ProviderType
public interface ConfigService {

    /**
     * The configuration in effect: the metatype's defaults overlaid with what is stored, keyed by the
     * attribute ids, typed as the metatype says.
     *
     * @throws ConfigRejectedException when no metatype describes the PID
     */
    Map<String, Object> effective(String pid);

    /**
     * Validates the merge of the stored configuration and {@code changes} (a {@code null} value
     * removes the key, so the default applies), then writes it. Nothing is written when any key is
     * refused.
     *
     * @return the configuration in effect after the write
     * @throws ConfigRejectedException naming the first refused key
     */
    Map<String, Object> update(String pid, Map<String, Object> changes) throws ConfigRejectedException;

    /** Validates without writing; same rules as {@link #update}. */
    void validate(String pid, Map<String, Object> changes) throws ConfigRejectedException;
}
