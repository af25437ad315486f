package io.rotordream.system.rest.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import org.osgi.framework.AllServiceListener;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleListener;
import org.osgi.framework.Constants;
import org.osgi.framework.FrameworkEvent;
import org.osgi.framework.FrameworkListener;
import org.osgi.framework.ServiceReference;
import org.osgi.framework.startlevel.BundleStartLevel;
import org.osgi.framework.startlevel.FrameworkStartLevel;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.component.runtime.ServiceComponentRuntime;
import org.osgi.service.jaxrs.runtime.JaxrsServiceRuntime;

/**
 * Evaluates readiness from the live SCR and JAX-RS runtime state.
 *
 * <p>A full evaluation builds the DTOs of every component and of the JAX-RS runtime: about 13 ms
 * of CPU on this class of machine, too much for something load balancers and watchdogs poll, and
 * while booting it competed with the boot itself. So: while bundles are still starting the answer
 * is that, without the DTOs; afterwards a report is reused until a service or bundle changes, and
 * for at most {@link #MAX_AGE_NANOS}, which bounds what no event announces (a component whose
 * activation fails, a configuration arriving).
 */
@Component(service = HealthService.class)
public final class HealthService {

    static final long MAX_AGE_NANOS = 1_000_000_000L;

    private final BundleContext context;
    private final ServiceComponentRuntime scr;
    private final AtomicLong generation = new AtomicLong();
    /**
     * An {@link AllServiceListener}: for a plain listener the framework first checks, for every
     * event, that this bundle would see the service's classes, by loading them through this bundle's
     * class loader. In a boot that was ~150 failing class loads, each throwing an exception, on the
     * thread that starts the bundles. Here a change of any service counts, whatever its class.
     */
    private final AllServiceListener serviceChanges = e -> generation.incrementAndGet();
    private final BundleListener bundleChanges = e -> generation.incrementAndGet();
    private final FrameworkListener climbed = this::frameworkEvent;
    /** The launcher's start-level climb is over (see {@link #check()}). */
    private volatile boolean booted;
    private final AtomicBoolean warming = new AtomicBoolean();
    private volatile Cached cached;

    private record Cached(long generation, long at, HealthReport report) {
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    volatile JaxrsServiceRuntime jaxrs;

    @Activate
    public HealthService(BundleContext context, @Reference ServiceComponentRuntime scr) {
        this.context = context;
        this.scr = scr;
        context.addServiceListener(serviceChanges);
        context.addBundleListener(bundleChanges);
        context.addFrameworkListener(climbed);
        // Activated after the boot (this bundle restarted or updated): nothing is climbing.
        booted = starting().isEmpty();
    }

    private void frameworkEvent(FrameworkEvent event) {
        if (event.getType() == FrameworkEvent.STARTLEVEL_CHANGED || event.getType() == FrameworkEvent.STARTED) {
            booted = true;
            generation.incrementAndGet();
        }
    }

    @Deactivate
    void deactivate() {
        context.removeServiceListener(serviceChanges);
        context.removeBundleListener(bundleChanges);
        context.removeFrameworkListener(climbed);
    }

    HealthReport check() {
        // The launcher starts the framework first and climbs the start levels afterwards, so the
        // framework is ACTIVE long before the last bundles start; each bundle that arrives adds
        // components and resources and rebuilds the JAX-RS application, which answers 404
        // meanwhile. Ready therefore waits for every bundle that is meant to run (persistently
        // started: an operator's stop takes a bundle out of this count) to be ACTIVE.
        List<String> starting = starting();
        if (!starting.isEmpty()) {
            warmUp();
            return new HealthReport(0, 0, List.of("bundles still starting: " + String.join(", ", starting)));
        }
        // A bundle is ACTIVE before the extenders react to it on the start-level thread: the last
        // one (the JAX-RS application) is listed in the JAX-RS runtime a moment before its endpoint
        // answers (CXF said "No service was found"). The climb's end event comes after all of it.
        if (!booted && !climbedPastEveryBundle()) {
            warmUp();
            return new HealthReport(0, 0, List.of("start levels still climbing"));
        }
        long now = System.nanoTime();
        long gen = generation.get();
        Cached last = cached;
        if (last != null && last.generation == gen && now - last.at < MAX_AGE_NANOS) {
            return last.report;
        }
        HealthReport report = evaluate();
        // Keyed by the generation read before evaluating: a change during the evaluation makes
        // the next call evaluate again.
        cached = new Cached(gen, now, report);
        return report;
    }

    private HealthReport evaluate() {
        JaxrsServiceRuntime runtime = jaxrs;
        return HealthCheck.evaluate(scr.getComponentDescriptionDTOs(), d -> scr.getComponentConfigurationDTOs(d),
                runtime == null ? null : runtime.getRuntimeDTO(), ownJaxrsServices());
    }

    /**
     * The first evaluation loads and runs cold the DTO code of SCR and the JAX-RS whiteboard,
     * ~0.15 s that would sit between the end of the climb and the first 200. Asked during the boot
     * (once the JAX-RS runtime is up), one throw-away evaluation on a thread of its own moves that
     * into the boot.
     */
    private void warmUp() {
        if (jaxrs == null || !warming.compareAndSet(false, true)) {
            return;
        }
        Thread t = new Thread(() -> {
            try {
                evaluate();
            } catch (RuntimeException e) {
                // only a warm-up: the real evaluation reports whatever this met
            }
        }, "rotordream-health-warm-up");
        t.setDaemon(true);
        t.start();
    }

    /**
     * The framework's start level above every bundle's: the climb has returned from starting the
     * last of them, extenders and the JAX-RS application included. The end-of-climb event says
     * the same, but reaches listeners through the framework's event queue, behind a boot's worth
     * of bundle and service events (~0.2 s later here); this asks the framework directly.
     */
    private boolean climbedPastEveryBundle() {
        FrameworkStartLevel framework = context.getBundle(0).adapt(FrameworkStartLevel.class);
        int highest = 0;
        for (Bundle b : context.getBundles()) {
            BundleStartLevel level = b.getBundleId() == 0 ? null : b.adapt(BundleStartLevel.class);
            if (level != null && level.isPersistentlyStarted()) {
                highest = Math.max(highest, level.getStartLevel());
            }
        }
        if (framework != null && framework.getStartLevel() > highest) {
            booted = true;
        }
        return booted;
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
