package io.rotordream.alerts.internal;

import java.util.Map;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.metatype.annotations.Designate;

/** One custom rule (factory configuration rotordream.alert.rule~NAME), offered to the alerts component. */
@Component(service = AlertRuleComponent.class, configurationPid = RuleConfig.FACTORY_PID,
        configurationPolicy = ConfigurationPolicy.REQUIRE)
@Designate(ocd = RuleConfig.class, factory = true)
public final class AlertRuleComponent {

    private final String name;
    private volatile RuleConfig config;

    @Activate
    public AlertRuleComponent(RuleConfig config, Map<String, Object> props) {
        this.config = config;
        String pid = String.valueOf(props.get("service.pid"));
        this.name = pid.substring(pid.lastIndexOf('~') + 1);
    }

    @Modified
    void modified(RuleConfig c) {
        this.config = c;
    }

    String name() {
        return name;
    }

    RuleConfig config() {
        return config;
    }
}
