package io.rotordream.system.rest.internal;

import java.util.List;

import javax.annotation.security.RolesAllowed;
import javax.ws.rs.DefaultValue;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ServiceScope;

import io.rotordream.rest.api.ApiException;
import io.rotordream.rest.api.Roles;
import io.rotordream.rest.api.RotorDreamResource;
import io.rotordream.security.api.AuditEntry;
import io.rotordream.security.api.AuditLog;

@Component(service = AuditResource.class, scope = ServiceScope.PROTOTYPE)
@RotorDreamResource
@Path("system/audit")
@Produces(MediaType.APPLICATION_JSON)
public final class AuditResource {

    static final int MAX_LIMIT = 1000;
    private final AuditLog audit;

    @Activate
    public AuditResource(@Reference AuditLog audit) {
        this.audit = audit;
    }

    /** The newest mutating requests first. */
    @GET
    @RolesAllowed(Roles.ADMIN)
    public List<AuditEntry> recent(@QueryParam("limit") @DefaultValue("100") String limit) {
        int n;
        try {
            n = Integer.parseInt(limit.trim());
        } catch (NumberFormatException e) {
            n = -1;
        }
        if (n < 1 || n > MAX_LIMIT) {
            throw ApiException.badRequest("limit", "limit must be an integer from 1 to " + MAX_LIMIT);
        }
        return audit.recent(n);
    }
}
