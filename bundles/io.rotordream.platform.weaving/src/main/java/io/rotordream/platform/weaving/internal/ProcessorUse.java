package io.rotordream.platform.weaving.internal;

import java.util.List;

/**
 * How a bundle relates to the service-loader processor extender (SPI-Fly), from what it declares.
 * Plain Java so the rule is testable without a framework.
 */
enum ProcessorUse {
    /** Provides the processor: the weaver itself. */
    PROCESSOR,
    /** Requires the processor, or names classes to weave with an SPI-Consumer header: weave it. */
    REQUIRED,
    /** Asks for the processor only optionally: it works without, so it is not woven. */
    OPTIONAL,
    /** Nothing to do with it. */
    NONE;

    static final String EXTENDER_NAMESPACE = "osgi.extender";
    static final String PROCESSOR_NAME = "osgi.serviceloader.processor";

    /** An {@code osgi.extender} requirement: its filter directive and whether it is optional. */
    record ExtenderRequirement(String filter, boolean optional) {
        boolean namesProcessor() {
            return filter != null && filter.contains("=" + PROCESSOR_NAME + ")");
        }
    }

    /**
     * Whether the processor needs to see a bundle at all: itself, the bundles it weaves, and the
     * ones that provide services through it (it registers those providers as OSGi services). It
     * parses the manifest of every bundle it sees, twice, and ~110 of a boot's bundles are none of
     * these. A bundle asking for it only optionally stays hidden even if it provides something:
     * it works without it (see {@link #OPTIONAL}).
     */
    boolean seenByProcessor(boolean providesServices) {
        return switch (this) {
            case PROCESSOR, REQUIRED -> true;
            case OPTIONAL -> false;
            case NONE -> providesServices;
        };
    }

    static ProcessorUse of(boolean providesProcessor, boolean hasConsumerHeader,
            List<ExtenderRequirement> extenderRequirements) {
        if (providesProcessor) {
            return PROCESSOR;
        }
        if (hasConsumerHeader) {
            return REQUIRED;
        }
        boolean optional = false;
        for (ExtenderRequirement requirement : extenderRequirements) {
            if (!requirement.namesProcessor()) {
                continue;
            }
            if (!requirement.optional()) {
                return REQUIRED;
            }
            optional = true;
        }
        return optional ? OPTIONAL : NONE;
    }
}
