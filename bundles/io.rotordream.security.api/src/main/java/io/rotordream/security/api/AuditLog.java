package io.rotordream.security.api;

import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

/** The persisted, size-bounded record of every mutating API request. */
@ProviderType
public interface AuditLog {

    void record(AuditEntry entry);

    /** The newest entries, newest first. */
    List<AuditEntry> recent(int limit);
}
