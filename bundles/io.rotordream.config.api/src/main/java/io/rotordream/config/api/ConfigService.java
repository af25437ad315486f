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

    /**
     * Several configurations as one change: every one is validated first; then each is written and
     * delivered; if any consumer refuses its part (a {@link ConfigValidator}, or a write fails),
     * every configuration already written goes back to what it was, and the exception names the
     * PID and key that refused.
     *
     * @param changes PID to changes, applied in iteration order
     * @return PID to the configuration in effect afterwards
     * @throws ConfigRejectedException naming the refusing PID and key; nothing stays changed
     */
    Map<String, Map<String, Object>> updateAll(Map<String, Map<String, Object>> changes)
            throws ConfigRejectedException;

    /**
     * Removes a factory configuration ({@code factory~name}) or resets a singleton to its
     * defaults.
     *
     * @return whether there was something to delete
     */
    boolean delete(String pid);

    /** PIDs of the existing configurations of a factory, e.g. {@code rotordream.profile~balanced}. */
    java.util.List<String> factoryPids(String factoryPid);

    /** Validates without writing; same rules as {@link #update}. */
    void validate(String pid, Map<String, Object> changes) throws ConfigRejectedException;
}
