package io.rotordream.camera.rest.internal;

import java.lang.management.BufferPoolMXBean;
import java.lang.management.ManagementFactory;
import java.util.LinkedHashMap;
import java.util.Map;

import javax.annotation.security.RolesAllowed;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ServiceScope;

import io.rotordream.config.api.ConfigService;
import io.rotordream.memory.api.BufferPools;
import io.rotordream.rest.api.Roles;
import io.rotordream.rest.api.RotorDreamResource;

/** The seed's memory pool endpoints. */
@Component(service = MemoryResource.class, scope = ServiceScope.PROTOTYPE)
@RotorDreamResource
@Path("performance/memory")
@Produces(MediaType.APPLICATION_JSON)
public final class MemoryResource {

    static final String POOLS = "rotordream.memory.pools";
    private final BufferPools pools;
    private final ConfigService config;

    @Activate
    public MemoryResource(@Reference BufferPools pools, @Reference ConfigService config) {
        this.pools = pools;
        this.config = config;
    }

    /** Pools resize without dropping buffers in flight: old buffers drain back into the old pool. */
    @PUT
    @Path("pools")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.OPERATOR)
    public Map<String, Object> putPools(Requests.MemoryPools body) {
        return ConfigWrites.write(config, POOLS, body);
    }

    /** Each pool's use, the direct memory reserved, and the JVM's own memory figures. */
    @GET
    @Path("status")
    @RolesAllowed(Roles.VIEWER)
    public Map<String, Object> status() {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("pools", pools.stats());
        out.put("reserved_bytes", pools.reservedBytes());
        for (BufferPoolMXBean b : ManagementFactory.getPlatformMXBeans(BufferPoolMXBean.class)) {
            if ("direct".equals(b.getName())) {
                out.put("jvm_direct_bytes", b.getMemoryUsed());
                out.put("jvm_direct_buffers", b.getCount());
            }
        }
        Runtime rt = Runtime.getRuntime();
        out.put("heap_used_bytes", rt.totalMemory() - rt.freeMemory());
        out.put("heap_max_bytes", rt.maxMemory());
        out.put("configuration", config.effective(POOLS));
        return out;
    }
}
