package io.rotordream.platform.api;

import java.nio.file.Path;

import org.osgi.annotation.versioning.ProviderType;

/**
 * The appliance's data directory ({@code --data DIR}, {@code ROTORDREAM_HOME}, default
 * {@code ./rotordream-data}). Everything the appliance must keep across restarts lives below it.
 */
@ProviderType
public interface DataDirectory {

    /** Framework property naming the data directory. */
    String HOME_PROPERTY = "rotordream.home";

    /** The root of the data directory, absolute. */
    Path home();

    /** Configuration file drops watched by FileInstall. */
    Path etc();

    /** Persisted state of the bundles; each bundle owns a sub-directory. */
    Path state();

    /** Logs, including the audit log. */
    Path logs();

    /**
     * The state directory of one owner (a bundle or subsystem), created when missing.
     *
     * @param owner a simple name such as {@code security} or {@code tuner.vm}
     */
    Path state(String owner);
}
