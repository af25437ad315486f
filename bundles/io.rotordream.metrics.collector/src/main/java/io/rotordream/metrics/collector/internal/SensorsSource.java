package io.rotordream.metrics.collector.internal;

import java.nio.file.Path;

import org.osgi.service.component.annotations.Component;

import io.rotordream.metrics.api.MetricSink;
import io.rotordream.metrics.api.MetricSource;

/** Temperatures (thermal zones, hwmon) and CPU frequencies (cpufreq), where the machine has them. */
@Component(service = MetricSource.class, property = MetricSource.NAME + "=sensors")
public final class SensorsSource implements MetricSource {

    private final ProcFs fs;

    public SensorsSource() {
        this(ProcFs.real());
    }

    SensorsSource(ProcFs fs) {
        this.fs = fs;
    }

    @Override
    public void collect(MetricSink sink) {
        double max = Double.NaN;
        int found = 0;
        for (Path zone : ProcFs.list(fs.sys("class/thermal"))) {
            String name = zone.getFileName().toString();
            String milli = ProcFs.read(zone.resolve("temp"));
            if (!name.startsWith("thermal_zone") || milli == null) {
                continue;
            }
            String type = ProcFs.read(zone.resolve("type"));
            double c = Long.parseLong(milli.trim()) / 1000.0;
            sink.gauge("rotordream_temperature_celsius", "Temperature of each thermal zone or hwmon sensor.", c,
                    "sensor", name + (type == null ? "" : ":" + type.trim()));
            max = Double.isNaN(max) ? c : Math.max(max, c);
            found++;
        }
        for (Path hw : ProcFs.list(fs.sys("class/hwmon"))) {
            String chip = ProcFs.read(hw.resolve("name"));
            for (Path f : ProcFs.list(hw)) {
                String n = f.getFileName().toString();
                String milli = n.matches("temp\\d+_input") ? ProcFs.read(f) : null;
                if (milli != null) {
                    double c = Long.parseLong(milli.trim()) / 1000.0;
                    sink.gauge("rotordream_temperature_celsius", "Temperature of each thermal zone or hwmon sensor.", c,
                            "sensor", hw.getFileName() + ":" + (chip == null ? "" : chip.trim()) + ":" + n);
                    max = Double.isNaN(max) ? c : Math.max(max, c);
                    found++;
                }
            }
        }
        if (found == 0) {
            sink.absent("temperature", "no thermal zone (/sys/class/thermal/thermal_zone*) and no hwmon sensor "
                    + "(/sys/class/hwmon) on this machine");
        } else {
            sink.figure("temperature_max_celsius", max);
        }
        frequencies(sink);
    }

    private void frequencies(MetricSink sink) {
        double sum = 0;
        int n = 0;
        for (Path cpu : ProcFs.list(fs.sys("devices/system/cpu"))) {
            String name = cpu.getFileName().toString();
            String khz = name.matches("cpu\\d+") ? ProcFs.read(cpu.resolve("cpufreq/scaling_cur_freq")) : null;
            if (khz == null) {
                continue;
            }
            double hz = Long.parseLong(khz.trim()) * 1000.0;
            sink.gauge("rotordream_cpu_frequency_hertz", "Current frequency of each CPU (cpufreq).", hz, "cpu",
                    name.substring(3));
            sum += hz;
            n++;
        }
        if (n == 0) {
            sink.absent("cpu_frequency", "no cpufreq driver (/sys/devices/system/cpu/cpu*/cpufreq): frequency and "
                    + "governor are controlled by the hypervisor or firmware");
        } else {
            sink.figure("cpu_frequency_mhz", sum / n / 1e6);
        }
    }
}
