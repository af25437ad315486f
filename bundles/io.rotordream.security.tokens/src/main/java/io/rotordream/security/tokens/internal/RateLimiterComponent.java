package io.rotordream.security.tokens.internal;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.metatype.annotations.Designate;

import io.rotordream.security.api.AuthRateLimiter;

@Component(configurationPid = RateLimitConfig.PID)
@Designate(ocd = RateLimitConfig.class)
public final class RateLimiterComponent implements AuthRateLimiter {

    private volatile FailureWindow window;

    @Activate
    public RateLimiterComponent(RateLimitConfig config) {
        modified(config);
    }

    @Modified
    void modified(RateLimitConfig config) {
        window = new FailureWindow(config.max__failures(), config.window__seconds() * 1000L,
                config.max__addresses(), System::currentTimeMillis);
    }

    @Override
    public long retryAfterSeconds(String address) {
        return window.retryAfterSeconds(address);
    }

    @Override
    public void recordFailure(String address) {
        window.recordFailure(address);
    }
}
