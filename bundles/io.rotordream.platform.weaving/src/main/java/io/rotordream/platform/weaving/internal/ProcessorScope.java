package io.rotordream.platform.weaving.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Dictionary;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleEvent;
import org.osgi.framework.hooks.bundle.EventHook;
import org.osgi.framework.hooks.bundle.FindHook;
import org.osgi.framework.wiring.BundleCapability;
import org.osgi.framework.wiring.BundleRequirement;
import org.osgi.framework.wiring.BundleRevision;
import org.osgi.resource.Namespace;
import org.osgi.service.component.annotations.Component;

import io.rotordream.platform.weaving.internal.ProcessorUse.ExtenderRequirement;

/**
 * Shows the service-loader processor (SPI-Fly) only the bundles it has something to do with: the
 * ones it must weave and the ones that provide services through it. It never sees the bundles that
 * ask for it only optionally, nor the ~110 that do not mention it at all.
 *
 * <p>SPI-Fly decides from manifest headers, not from wiring, and then parses and rewrites every
 * class such a bundle loads, computing stack frames by loading more classes. The HTTP bundle embeds
 * all of Jetty and asks for the processor optionally; weaving it cost about 0.9 s of a 7 s boot on
 * two cores, for nothing: Jetty's only service-loader lookups here (HTTP/1 header encoders) fall
 * back to built-in ones, and HTTP/2 and ALPN are not served. Bundles that require the processor
 * (slf4j finds its provider that way) are still woven. And SPI-Fly's two bundle trackers parse the
 * headers of every bundle they see, on the start-level thread, to find nothing in most of them.
 *
 * <p>Bundle hooks act on what a bundle sees from now on, so this bundle starts at a lower start
 * level than SPI-Fly (see features/core.bnd); started later it changes nothing, which is harmless.
 * The framework calls these hooks for every bundle lookup and event, so what a bundle is to the
 * processor is worked out once per bundle revision.
 */
@Component(service = {FindHook.class, EventHook.class})
public final class ProcessorScope implements FindHook, EventHook {

    private static final String PROVIDER_NAMESPACE = "osgi.serviceloader";
    private static final String PROVIDER_HEADER = "SPI-Provider";
    private static final String CONSUMER_HEADER = "SPI-Consumer";

    /** What a bundle revision is to the processor. */
    private record Role(BundleRevision revision, boolean processor, boolean seen) {
    }

    private final Map<Long, Role> roles = new ConcurrentHashMap<>();

    @Override
    public void find(BundleContext context, Collection<Bundle> bundles) {
        if (role(context.getBundle()).processor()) {
            bundles.removeIf(b -> !role(b).seen());
        }
    }

    @Override
    public void event(BundleEvent event, Collection<BundleContext> contexts) {
        Bundle bundle = event.getBundle();
        if (!role(bundle).seen()) {
            contexts.removeIf(c -> role(c.getBundle()).processor());
        }
        if (event.getType() == BundleEvent.UNINSTALLED) {
            roles.remove(bundle.getBundleId());
        }
    }

    private Role role(Bundle bundle) {
        BundleRevision revision = bundle.adapt(BundleRevision.class);
        if (revision == null || bundle.getBundleId() == 0) {
            return new Role(revision, false, true); // uninstalled, or the framework: never hidden
        }
        Role known = roles.get(bundle.getBundleId());
        if (known != null && known.revision() == revision) {
            return known;
        }
        Role computed = roleOf(bundle, revision);
        roles.put(bundle.getBundleId(), computed);
        return computed;
    }

    private static Role roleOf(Bundle bundle, BundleRevision revision) {
        boolean provides = false;
        for (BundleCapability capability : revision.getDeclaredCapabilities(ProcessorUse.EXTENDER_NAMESPACE)) {
            provides |= ProcessorUse.PROCESSOR_NAME.equals(
                    capability.getAttributes().get(ProcessorUse.EXTENDER_NAMESPACE));
        }
        List<ExtenderRequirement> requirements = new ArrayList<>();
        for (BundleRequirement requirement : revision.getDeclaredRequirements(ProcessorUse.EXTENDER_NAMESPACE)) {
            requirements.add(new ExtenderRequirement(
                    requirement.getDirectives().get(Namespace.REQUIREMENT_FILTER_DIRECTIVE),
                    Namespace.RESOLUTION_OPTIONAL.equals(
                            requirement.getDirectives().get(Namespace.REQUIREMENT_RESOLUTION_DIRECTIVE))));
        }
        Dictionary<String, String> headers = bundle.getHeaders("");
        ProcessorUse use = ProcessorUse.of(provides, headers.get(CONSUMER_HEADER) != null, requirements);
        boolean providesServices = headers.get(PROVIDER_HEADER) != null
                || !revision.getDeclaredCapabilities(PROVIDER_NAMESPACE).isEmpty();
        return new Role(revision, use == ProcessorUse.PROCESSOR, use.seenByProcessor(providesServices));
    }
}
