package io.rotordream.config.guard.internal;

import java.util.Arrays;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.service.metatype.MetaTypeInformation;
import org.osgi.service.metatype.MetaTypeService;
import org.osgi.service.metatype.ObjectClassDefinition;

/** Finds the metatype that describes a PID among the installed bundles. */
final class MetatypeLookup {

    private final BundleContext context;
    private final MetaTypeService metatype;

    MetatypeLookup(BundleContext context, MetaTypeService metatype) {
        this.context = context;
        this.metatype = metatype;
    }

    /**
     * @param pid a PID or factory PID
     * @return its object class definition, or {@code null} when no bundle describes it
     */
    ObjectClassDefinition find(String pid) {
        for (Bundle b : context.getBundles()) {
            if (b.getState() != Bundle.ACTIVE && b.getState() != Bundle.STARTING) {
                continue;
            }
            MetaTypeInformation info = metatype.getMetaTypeInformation(b);
            if (info == null) {
                continue;
            }
            if (Arrays.asList(info.getPids()).contains(pid) || Arrays.asList(info.getFactoryPids()).contains(pid)) {
                return info.getObjectClassDefinition(pid, null);
            }
        }
        return null;
    }
}
