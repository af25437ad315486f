package io.rotordream.config.api;

import java.util.Map;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * Rules that a metatype cannot express (combinations of keys, facts of the device). Registered as a
 * service with {@link #PID_PROPERTY} naming the PID or factory PID it checks.
 */
@ConsumerType
public interface ConfigValidator {

    /** Service property: the PID (or factory PID) this validator checks. */
    String PID_PROPERTY = "rotordream.config.pid";

    /**
     * @param properties the complete configuration as it would be after the write, values already
     *     converted to the metatype's types
     * @throws ConfigRejectedException naming the key that makes the configuration impossible
     */
    void validate(Map<String, Object> properties) throws ConfigRejectedException;
}
