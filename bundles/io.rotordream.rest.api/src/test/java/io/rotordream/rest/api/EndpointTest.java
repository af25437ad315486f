package io.rotordream.rest.api;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;

import java.util.Comparator;
import java.util.List;

import javax.annotation.security.PermitAll;
import javax.annotation.security.RolesAllowed;
import javax.ws.rs.DELETE;
import javax.ws.rs.GET;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;

import org.junit.Test;

public class EndpointTest {

    @Path("camera/")
    @RolesAllowed(Roles.VIEWER)
    public static class Camera {
        @GET
        @Path("status")
        public String status() {
            return "";
        }

        @PUT
        @Path("/encoding/config")
        @RolesAllowed({ Roles.ADMIN, Roles.OPERATOR })
        public void put() {
        }

        @GET
        @Path("ping")
        @PermitAll
        public String ping() {
            return "";
        }
    }

    @Path("bare")
    public static class Bare {
        @DELETE
        public void delete() {
        }
    }

    @Test
    public void scansPathsAndRoles() {
        List<Endpoint> e = Endpoint.scan(Camera.class).stream().sorted(Comparator.comparing(x -> x.path)).toList();
        assertEquals(3, e.size());
        assertEquals("/camera/encoding/config", e.get(0).path);
        assertEquals("PUT", e.get(0).method);
        assertEquals(Roles.OPERATOR, e.get(0).access);
        assertEquals(EndpointAccess.PUBLIC, e.get(1).access);
        assertEquals(Roles.VIEWER, e.get(2).access);
    }

    @Test
    public void undeclaredIsNull() {
        assertNull(Endpoint.scan(Bare.class).get(0).access);
        assertEquals("/bare", Endpoint.scan(Bare.class).get(0).path);
    }
}
