package io.rotordream.rest.api;

import java.lang.reflect.Method;

import javax.annotation.security.PermitAll;
import javax.annotation.security.RolesAllowed;

/** The access a resource method declares: public, a least role, or nothing (which is refused). */
public final class EndpointAccess {

    /** Marker returned for {@code @PermitAll}. */
    public static final String PUBLIC = "public";

    private EndpointAccess() {
    }

    /**
     * @return {@link #PUBLIC}, the least role named by {@code @RolesAllowed} (method before class), or
     *     {@code null} when the method declares nothing
     */
    public static String of(Class<?> resourceClass, Method method) {
        if (method.isAnnotationPresent(PermitAll.class)) {
            return PUBLIC;
        }
        RolesAllowed onMethod = method.getAnnotation(RolesAllowed.class);
        if (onMethod != null) {
            return least(onMethod.value());
        }
        if (resourceClass.isAnnotationPresent(PermitAll.class)) {
            return PUBLIC;
        }
        RolesAllowed onClass = resourceClass.getAnnotation(RolesAllowed.class);
        return onClass == null ? null : least(onClass.value());
    }

    private static String least(String[] roles) {
        String best = null;
        for (String r : roles) {
            if (rank(r) >= 0 && (best == null || rank(r) < rank(best))) {
                best = r;
            }
        }
        return best;
    }

    /** @return 0 viewer, 1 operator, 2 admin, -1 for an unknown name */
    public static int rank(String role) {
        if (role == null) {
            return -1;
        }
        return switch (role) {
            case Roles.VIEWER -> 0;
            case Roles.OPERATOR -> 1;
            case Roles.ADMIN -> 2;
            default -> -1;
        };
    }
}
