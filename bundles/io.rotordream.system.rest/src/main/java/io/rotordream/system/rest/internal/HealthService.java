package io.rotordream.system.rest.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.component.runtime.ServiceComponentRuntime;
import org.osgi.service.jaxrs.runtime.JaxrsServiceRuntime;

/** Evaluates readiness on demand from the live SCR and JAX-RS runtime state. */
@Component(service = HealthService.class)
public final class HealthService {

    private final BundleContext context;
    private final ServiceComponentRuntime scr;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    volatile JaxrsServiceRuntime jaxrs;

    @Activate
    public HealthService(BundleContext context, @Reference ServiceComponentRuntime scr) {
        this.context = context;
        this.scr = scr;
    }

    HealthReport check() {
        JaxrsServiceRuntime runtime = jaxrs;
        HealthReport r = HealthCheck.evaluate(scr.getComponentDescriptionDTOs(), d -> scr.getComponentConfigurationDTOs(d),
                runtime == null ? null : runtime.getRuntimeDTO(), ownJaxrsServices());
        // Bundles of later start levels are not started yet, so their components and resources
        // are not counted; each one that arrives rebuilds the JAX-RS application, which answers
        // 404 meanwhile. The framework is ACTIVE only once its beginning start level is reached
        // (OSGi Core 4.2.5), so until then the appliance is not ready.
        if (context.getBundle(0).getState() != Bundle.ACTIVE) {
            List<String> problems = new ArrayList<>(r.problems);
            problems.add("the framework is still starting its bundles");
            return new HealthReport(r.components, r.resources, problems);
        }
        return r;
    }

    /** Service ids of the JAX-RS services RotorDream's bundles registered. */
    private Set<Long> ownJaxrsServices() {
        Set<Long> ids = new HashSet<>();
        for (Bundle b : context.getBundles()) {
            if (!b.getSymbolicName().startsWith("io.rotordream.") || b.getRegisteredServices() == null) {
                continue;
            }
            for (ServiceReference<?> ref : b.getRegisteredServices()) {
                for (String key : List.of("osgi.jaxrs.resource", "osgi.jaxrs.extension")) {
                    if (Boolean.parseBoolean(String.valueOf(ref.getProperty(key)))) {
                        ids.add((Long) ref.getProperty("service.id"));
                    }
                }
            }
        }
        return ids;
    }
}
