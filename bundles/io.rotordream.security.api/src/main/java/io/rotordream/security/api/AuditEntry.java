package io.rotordream.security.api;

import java.time.Instant;

/** One mutating request, as written to the audit log. */
public final class AuditEntry {
    public Instant time;
    /** Token name, or {@code null} when the request was not authenticated. */
    public String token;
    public String address;
    public String method;
    public String path;
    public int status;

    public AuditEntry() {
    }

    public AuditEntry(Instant time, String token, String address, String method, String path, int status) {
        this.time = time;
        this.token = token;
        this.address = address;
        this.method = method;
        this.path = path;
        this.status = status;
    }
}
