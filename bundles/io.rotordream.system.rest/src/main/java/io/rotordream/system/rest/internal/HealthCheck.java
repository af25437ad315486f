package io.rotordream.system.rest.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.osgi.service.component.runtime.dto.ComponentConfigurationDTO;
import org.osgi.service.component.runtime.dto.ComponentDescriptionDTO;
import org.osgi.service.component.runtime.dto.UnsatisfiedReferenceDTO;
import org.osgi.service.jaxrs.runtime.dto.ApplicationDTO;
import org.osgi.service.jaxrs.runtime.dto.BaseDTO;
import org.osgi.service.jaxrs.runtime.dto.FailedApplicationDTO;
import org.osgi.service.jaxrs.runtime.dto.RuntimeDTO;

import io.rotordream.rest.api.RotorDreamApi;

/**
 * Readiness from facts, not from an open port: every RotorDream component is satisfied (or waits
 * for a configuration it requires, or says it is optional), and the API application is served
 * with all of RotorDream's resources and extensions.
 */
final class HealthCheck {

    /** A component property by which a component says it is not needed for readiness. */
    static final String OPTIONAL_PROPERTY = "rotordream.health.optional";

    private HealthCheck() {
    }

    static HealthReport evaluate(Collection<ComponentDescriptionDTO> descriptions,
            Function<ComponentDescriptionDTO, Collection<ComponentConfigurationDTO>> configurations,
            RuntimeDTO jaxrs, Set<Long> ownServiceIds) {
        List<String> problems = new ArrayList<>();
        int components = 0;
        for (ComponentDescriptionDTO d : descriptions) {
            if (!d.bundle.symbolicName.startsWith("io.rotordream.")
                    || Boolean.parseBoolean(String.valueOf(d.properties.get(OPTIONAL_PROPERTY)))) {
                continue;
            }
            components++;
            problems.addAll(componentProblems(d, configurations.apply(d)));
        }
        int resources = 0;
        if (jaxrs == null) {
            problems.add("JAX-RS whiteboard is not running");
        } else {
            ApplicationDTO app = Arrays.stream(jaxrs.applicationDTOs).filter(a -> RotorDreamApi.NAME.equals(a.name))
                    .findFirst().orElse(null);
            if (app == null) {
                String why = Arrays.stream(jaxrs.failedApplicationDTOs)
                        .filter(a -> RotorDreamApi.NAME.equals(a.name)).map(HealthCheck::reason).findFirst()
                        .orElse("not registered");
                problems.add("JAX-RS application '" + RotorDreamApi.NAME + "' is not served: " + why);
            } else {
                resources = app.resourceDTOs.length;
                pending(app, jaxrs, ownServiceIds, problems);
            }
            failed(jaxrs.failedResourceDTOs, ownServiceIds, "resource", problems);
            failed(jaxrs.failedExtensionDTOs, ownServiceIds, "extension", problems);
        }
        return new HealthReport(components, resources, problems);
    }

    private static List<String> componentProblems(ComponentDescriptionDTO d,
            Collection<ComponentConfigurationDTO> configs) {
        if (!d.defaultEnabled) {
            return List.of();
        }
        if (configs.isEmpty()) {
            return "require".equals(d.configurationPolicy) ? List.of()
                    : List.of("component " + d.name + " is not enabled");
        }
        List<String> out = new ArrayList<>();
        for (ComponentConfigurationDTO c : configs) {
            switch (c.state) {
                case ComponentConfigurationDTO.ACTIVE, ComponentConfigurationDTO.SATISFIED:
                    break;
                case ComponentConfigurationDTO.UNSATISFIED_CONFIGURATION:
                    if (!"require".equals(d.configurationPolicy)) {
                        out.add("component " + d.name + " lacks its configuration");
                    }
                    break;
                case ComponentConfigurationDTO.UNSATISFIED_REFERENCE:
                    out.add("component " + d.name + " is missing "
                            + Arrays.stream(c.unsatisfiedReferences).map(r -> describe(d, r))
                                    .collect(Collectors.joining(", ")));
                    break;
                case ComponentConfigurationDTO.FAILED_ACTIVATION:
                    out.add("component " + d.name + " failed to activate: " + c.failure);
                    break;
                default:
                    out.add("component " + d.name + " is in state " + c.state);
            }
        }
        return out;
    }

    private static String describe(ComponentDescriptionDTO d, UnsatisfiedReferenceDTO r) {
        String type = Arrays.stream(d.references).filter(ref -> ref.name.equals(r.name)).map(ref -> ref.interfaceName)
                .findFirst().orElse(r.name);
        return type + (r.target == null ? "" : " " + r.target);
    }

    /**
     * A resource or extension registered but not yet taken into the application: the whiteboard is
     * about to rebuild it, and answers 404 while it does. Ready means every one is served (or
     * reported failed, which is its own problem).
     */
    private static void pending(ApplicationDTO app, RuntimeDTO jaxrs, Set<Long> own, List<String> problems) {
        Set<Long> settled = new java.util.HashSet<>();
        Arrays.stream(app.resourceDTOs).forEach(d -> settled.add(d.serviceId));
        Arrays.stream(app.extensionDTOs).forEach(d -> settled.add(d.serviceId));
        Arrays.stream(jaxrs.failedResourceDTOs).forEach(d -> settled.add(d.serviceId));
        Arrays.stream(jaxrs.failedExtensionDTOs).forEach(d -> settled.add(d.serviceId));
        long waiting = own.stream().filter(id -> !settled.contains(id)).count();
        if (waiting > 0) {
            problems.add(waiting + " JAX-RS resource(s) or extension(s) registered but not yet served");
        }
    }

    private static void failed(BaseDTO[] dtos, Set<Long> own, String kind, List<String> problems) {
        for (BaseDTO dto : dtos) {
            if (own.contains(dto.serviceId)) {
                problems.add("JAX-RS " + kind + " " + (dto.name == null ? "#" + dto.serviceId : dto.name)
                        + " is not served: " + reason(dto));
            }
        }
    }

    private static String reason(BaseDTO dto) {
        int r = dto instanceof FailedApplicationDTO a ? a.failureReason
                : dto instanceof org.osgi.service.jaxrs.runtime.dto.FailedResourceDTO f ? f.failureReason
                : dto instanceof org.osgi.service.jaxrs.runtime.dto.FailedExtensionDTO e ? e.failureReason : -1;
        return switch (r) {
            case 1 -> "shadowed by another service";
            case 2 -> "invalid filter";
            case 3 -> "its required extensions are missing";
            case 4 -> "no matching application";
            case 5 -> "could not get the service";
            case 6 -> "duplicate name";
            case 7 -> "validation failed";
            default -> "failure " + r;
        };
    }
}
