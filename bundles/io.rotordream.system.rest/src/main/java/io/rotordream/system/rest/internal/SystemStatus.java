package io.rotordream.system.rest.internal;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;

/** {@code GET /api/system/status}: what the appliance is and how it runs right now. */
public final class SystemStatus {
    public String product = "RotorDream";
    public String version;
    public String commit;
    public Instant started;
    public double uptimeSeconds;
    public Map<String, String> jvm = new TreeMap<>();
    public Map<String, String> os = new TreeMap<>();
    public int cpuCount;
    public Map<String, Long> memoryBytes = new TreeMap<>();
    public Map<String, Integer> bundles = new TreeMap<>();
    public String dataDirectory;

    static SystemStatus read(BundleContext context) {
        SystemStatus s = new SystemStatus();
        s.version = orUnknown(context.getProperty("rotordream.version"));
        s.commit = orUnknown(context.getProperty("rotordream.commit"));
        var runtime = ManagementFactory.getRuntimeMXBean();
        s.started = Instant.ofEpochMilli(runtime.getStartTime());
        s.uptimeSeconds = Duration.ofMillis(runtime.getUptime()).toMillis() / 1000.0;
        s.jvm.put("version", System.getProperty("java.version"));
        s.jvm.put("vendor", System.getProperty("java.vendor"));
        s.jvm.put("vm", runtime.getVmName() + " " + runtime.getVmVersion());
        s.os.put("name", System.getProperty("os.name"));
        s.os.put("version", System.getProperty("os.version"));
        s.os.put("arch", System.getProperty("os.arch"));
        s.cpuCount = Runtime.getRuntime().availableProcessors();
        Runtime rt = Runtime.getRuntime();
        s.memoryBytes.put("heap_used", rt.totalMemory() - rt.freeMemory());
        s.memoryBytes.put("heap_committed", rt.totalMemory());
        s.memoryBytes.put("heap_max", rt.maxMemory());
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            s.memoryBytes.put("system_total", os.getTotalMemorySize());
            s.memoryBytes.put("system_free", os.getFreeMemorySize());
        }
        for (Bundle b : context.getBundles()) {
            s.bundles.merge(stateName(b.getState()), 1, Integer::sum);
        }
        s.dataDirectory = context.getProperty("rotordream.home");
        return s;
    }

    static String stateName(int state) {
        return switch (state) {
            case Bundle.ACTIVE -> "active";
            case Bundle.RESOLVED -> "resolved";
            case Bundle.INSTALLED -> "installed";
            case Bundle.STARTING -> "starting";
            case Bundle.STOPPING -> "stopping";
            case Bundle.UNINSTALLED -> "uninstalled";
            default -> "unknown";
        };
    }

    private static String orUnknown(String v) {
        return v == null || v.isBlank() ? "unknown" : v;
    }
}
