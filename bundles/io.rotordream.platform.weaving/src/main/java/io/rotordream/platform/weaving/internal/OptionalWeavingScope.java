package io.rotordream.platform.weaving.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

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
 * Hides bundles that ask for the service-loader processor only optionally from the processor
 * (SPI-Fly), so it never weaves them.
 *
 * <p>SPI-Fly decides from manifest headers, not from wiring, and then parses and rewrites every
 * class such a bundle loads, computing stack frames by loading more classes. The HTTP bundle embeds
 * all of Jetty and asks for the processor optionally; weaving it cost about 0.9 s of a 7 s boot on
 * two cores, for nothing: Jetty's only service-loader lookups here (HTTP/1 header encoders) fall
 * back to built-in ones, and HTTP/2 and ALPN are not served. Bundles that require the processor
 * (slf4j finds its provider that way) are still woven.
 *
 * <p>Bundle hooks act on what a bundle sees from now on, so this bundle starts at a lower start
 * level than SPI-Fly (see features/core.bnd); started later it changes nothing, which is harmless.
 */
@Component(service = {FindHook.class, EventHook.class})
public final class OptionalWeavingScope implements FindHook, EventHook {

    @Override
    public void find(BundleContext context, Collection<Bundle> bundles) {
        if (use(context.getBundle()) == ProcessorUse.PROCESSOR) {
            bundles.removeIf(b -> use(b) == ProcessorUse.OPTIONAL);
        }
    }

    @Override
    public void event(BundleEvent event, Collection<BundleContext> contexts) {
        if (use(event.getBundle()) == ProcessorUse.OPTIONAL) {
            contexts.removeIf(c -> use(c.getBundle()) == ProcessorUse.PROCESSOR);
        }
    }

    static ProcessorUse use(Bundle bundle) {
        BundleRevision revision = bundle.adapt(BundleRevision.class);
        if (revision == null) {
            return ProcessorUse.NONE; // uninstalled
        }
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
        boolean consumerHeader = bundle.getHeaders("").get("SPI-Consumer") != null;
        return ProcessorUse.of(provides, consumerHeader, requirements);
    }
}
