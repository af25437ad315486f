package io.rotordream.security.tokens.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import io.rotordream.platform.api.DataDirectory;
import io.rotordream.security.api.AuditEntry;
import io.rotordream.security.api.AuditLog;

@Component(configurationPid = AuditConfig.PID)
@Designate(ocd = AuditConfig.class)
public final class AuditLogComponent implements AuditLog {

    private static final Logger LOG = LoggerFactory.getLogger(AuditLogComponent.class);
    private final ObjectMapper mapper = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    private final DataDirectory data;
    private volatile RotatingJsonLog log;

    @Activate
    public AuditLogComponent(AuditConfig config, @Reference DataDirectory data) {
        this.data = data;
        modified(config);
    }

    @Modified
    void modified(AuditConfig config) {
        log = new RotatingJsonLog(data.logs().resolve("audit.log"), config.max__file__kb() * 1024L,
                config.max__files());
    }

    @Override
    public void record(AuditEntry entry) {
        try {
            log.append(mapper.writeValueAsString(entry));
        } catch (IOException e) {
            // The request already happened; losing its audit line must be loud, not fatal.
            LOG.error("audit log write failed for {} {}: {}", entry.method, entry.path, e.toString());
        }
    }

    @Override
    public List<AuditEntry> recent(int limit) {
        List<AuditEntry> out = new ArrayList<>();
        try {
            for (String line : log.newest(Math.max(0, limit))) {
                try {
                    out.add(mapper.readValue(line, AuditEntry.class));
                } catch (IOException skipped) {
                    // a line torn by a crash: the rest of the log is still good
                }
            }
        } catch (IOException e) {
            LOG.error("audit log read failed: {}", e.toString());
        }
        return out;
    }
}
