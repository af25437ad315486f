package io.rotordream.metrics.history.internal;

import java.util.Map;

import org.osgi.service.component.annotations.Component;

import io.rotordream.config.api.ConfigRejectedException;
import io.rotordream.config.api.ConfigValidator;

/** Refuses archive sizes whose files would not fit the disk limit. */
@Component(property = ConfigValidator.PID_PROPERTY + "=" + HistoryConfig.PID)
public final class HistoryValidator implements ConfigValidator {

    @Override
    public void validate(Map<String, Object> p) {
        Layout layout = new Layout(((Number) p.get("second_rows")).intValue(), ((Number) p.get("minute_rows")).intValue(),
                ((Number) p.get("hour_rows")).intValue());
        long bytes = layout.bytesPerSeries() * ((Number) p.get("max_series")).intValue();
        long limit = ((Number) p.get("max_disk_mb")).longValue() * 1048576;
        if (bytes > limit) {
            throw new ConfigRejectedException(HistoryConfig.PID, "max_disk_mb", "the archives need "
                    + (bytes + 1048575) / 1048576 + " MiB for max_series series, more than max_disk_mb");
        }
    }
}
