package io.rotordream.system.rest.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.ServiceReference;
import org.osgi.framework.startlevel.BundleStartLevel;
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
        // The launcher starts the framework first and climbs the start levels afterwards, so the
        // framework is ACTIVE long before the last bundles start; each bundle that arrives adds
        // components and resources and rebuilds the JAX-RS application, which answers 404
        // meanwhile. Ready therefore waits for every bundle that is meant to run (persistently
        // started: an operator's stop takes a bundle out of this count) to be ACTIVE.
        List<String> starting = starting();
        if (!starting.isEmpty()) {
            List<String> problems = new ArrayList<>(r.problems);
            problems.add("bundles still starting: " + String.join(", ", starting));
            return new HealthReport(r.components, r.resources, problems);
        }
        return r;
    }

    private List<String> starting() {
        List<String> out = new ArrayList<>();
        for (Bundle b : context.getBundles()) {
            if (b.getBundleId() == 0 || b.getState() == Bundle.ACTIVE || b.getHeaders("").get(Constants.FRAGMENT_HOST) != null) {
                continue;
            }
            BundleStartLevel level = b.adapt(BundleStartLevel.class);
            String policy = b.getHeaders("").get(Constants.BUNDLE_ACTIVATIONPOLICY);
            boolean lazy = policy != null && policy.startsWith(Constants.ACTIVATION_LAZY);
            if (level != null && level.isPersistentlyStarted() && !(lazy && b.getState() == Bundle.STARTING)) {
                out.add(b.getSymbolicName());
            }
        }
        return out;
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
