package io.rotordream.system.rest.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.osgi.framework.Bundle;
import org.osgi.service.component.runtime.ServiceComponentRuntime;
import org.osgi.service.component.runtime.dto.ComponentConfigurationDTO;
import org.osgi.service.component.runtime.dto.ComponentDescriptionDTO;

/** One bundle and its DS components, as {@code GET /api/system/bundles} lists them. */
public final class BundleInfo {
    public long id;
    public String name;
    public String version;
    public String state;
    public List<ComponentInfo> components = new ArrayList<>();

    public static final class ComponentInfo {
        public String name;
        public String state;
        public List<String> unsatisfiedReferences = new ArrayList<>();
        public String failure;
    }

    static BundleInfo of(Bundle b, ServiceComponentRuntime scr) {
        BundleInfo i = new BundleInfo();
        i.id = b.getBundleId();
        i.name = b.getSymbolicName();
        i.version = b.getVersion().toString();
        i.state = SystemStatus.stateName(b.getState());
        for (ComponentDescriptionDTO d : scr.getComponentDescriptionDTOs(b)) {
            var configs = scr.getComponentConfigurationDTOs(d);
            if (configs.isEmpty()) {
                ComponentInfo c = new ComponentInfo();
                c.name = d.name;
                c.state = scr.isComponentEnabled(d)
                        ? ("require".equals(d.configurationPolicy) ? "waiting for configuration" : "unsatisfied")
                        : "disabled";
                i.components.add(c);
            }
            for (ComponentConfigurationDTO cc : configs) {
                ComponentInfo c = new ComponentInfo();
                c.name = d.name;
                c.state = switch (cc.state) {
                    case ComponentConfigurationDTO.ACTIVE -> "active";
                    case ComponentConfigurationDTO.SATISFIED -> "satisfied";
                    case ComponentConfigurationDTO.UNSATISFIED_CONFIGURATION -> "unsatisfied configuration";
                    case ComponentConfigurationDTO.UNSATISFIED_REFERENCE -> "unsatisfied reference";
                    case ComponentConfigurationDTO.FAILED_ACTIVATION -> "failed activation";
                    default -> "unknown";
                };
                Arrays.stream(cc.unsatisfiedReferences).forEach(r -> c.unsatisfiedReferences.add(r.name));
                c.failure = cc.failure;
                i.components.add(c);
            }
        }
        return i;
    }
}
