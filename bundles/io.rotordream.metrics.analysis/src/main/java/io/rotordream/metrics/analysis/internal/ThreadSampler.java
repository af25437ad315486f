package io.rotordream.metrics.analysis.internal;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * CPU used by each thread over a short sample. Two views: every task of the process from
 * /proc/self/task (native threads too, such as the encoder library's own), and the Java threads
 * from ThreadMXBean with their state and the frame they are in.
 */
final class ThreadSampler {

    private ThreadSampler() {
    }

    record TaskTime(String tid, String name, long ticks) {
    }

    static Map<String, TaskTime> tasks() {
        Map<String, TaskTime> out = new HashMap<>();
        try (Stream<Path> s = Files.list(Path.of("/proc/self/task"))) {
            for (Path p : s.toList()) {
                try {
                    String stat = Files.readString(p.resolve("stat"));
                    String name = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
                    String[] f = stat.substring(stat.lastIndexOf(')') + 2).trim().split("\\s+");
                    out.put(p.getFileName().toString(), new TaskTime(p.getFileName().toString(), name,
                            Long.parseLong(f[11]) + Long.parseLong(f[12])));
                } catch (IOException | RuntimeException gone) {
                    // the thread ended meanwhile
                }
            }
        } catch (IOException e) {
            return out;
        }
        return out;
    }

    /** Samples for {@code millis} and returns the busiest native tasks and Java threads. */
    static Map<String, Object> sample(long millis, int top) throws InterruptedException {
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        boolean cpuTime = mx.isThreadCpuTimeSupported() && mx.isThreadCpuTimeEnabled();
        Map<String, TaskTime> before = tasks();
        Map<Long, Long> javaBefore = new HashMap<>();
        if (cpuTime) {
            for (long id : mx.getAllThreadIds()) {
                javaBefore.put(id, mx.getThreadCpuTime(id));
            }
        }
        long t0 = System.nanoTime();
        Thread.sleep(millis);
        double seconds = (System.nanoTime() - t0) / 1e9;
        Map<String, TaskTime> after = tasks();
        List<Map<String, Object>> nativeTop = new ArrayList<>();
        after.values().stream().filter(t -> before.containsKey(t.tid()))
                .sorted(Comparator.comparingLong((TaskTime t) -> t.ticks() - before.get(t.tid()).ticks()).reversed())
                .limit(top).forEach(t -> {
                    Map<String, Object> m = new LinkedHashMap<>();
                    m.put("tid", Long.parseLong(t.tid()));
                    m.put("name", t.name());
                    m.put("cpu_percent_of_one_core", (t.ticks() - before.get(t.tid()).ticks()) / 100.0 / seconds * 100);
                    nativeTop.add(m);
                });
        List<Map<String, Object>> javaTop = new ArrayList<>();
        if (cpuTime) {
            Map<Long, Double> used = new HashMap<>();
            javaBefore.forEach((id, ns) -> {
                long now = mx.getThreadCpuTime(id);
                if (ns >= 0 && now >= 0) {
                    used.put(id, (now - ns) / 1e9 / seconds * 100);
                }
            });
            used.entrySet().stream().sorted(Map.Entry.<Long, Double>comparingByValue().reversed()).limit(top)
                    .forEach(e -> {
                        ThreadInfo info = mx.getThreadInfo(e.getKey(), 1);
                        if (info == null) {
                            return;
                        }
                        Map<String, Object> m = new LinkedHashMap<>();
                        m.put("name", info.getThreadName());
                        m.put("state", info.getThreadState().name());
                        m.put("cpu_percent_of_one_core", e.getValue());
                        if (info.getStackTrace().length > 0) {
                            m.put("in", info.getStackTrace()[0].toString());
                        }
                        javaTop.add(m);
                    });
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("sample_ms", millis);
        out.put("top_tasks", nativeTop);
        out.put("top_java_threads", javaTop);
        return out;
    }
}
