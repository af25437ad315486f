package io.rotordream.config.api;

/** A configuration refused before anything was applied, naming the offending key. */
public class ConfigRejectedException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;
    private final String pid;
    private final String key;
    private final String reason;

    public ConfigRejectedException(String pid, String key, String reason) {
        super(pid + ": " + (key == null ? "" : key + ": ") + reason);
        this.pid = pid;
        this.key = key;
        this.reason = reason;
    }

    public String pid() {
        return pid;
    }

    /** The offending key, or {@code null} when the problem spans the whole configuration. */
    public String key() {
        return key;
    }

    public String reason() {
        return reason;
    }
}
