package io.rotordream.metrics.collector.internal;

import java.lang.management.BufferPoolMXBean;
import java.lang.management.ClassLoadingMXBean;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryUsage;
import java.lang.management.ThreadMXBean;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;

import io.rotordream.metrics.api.MetricSink;
import io.rotordream.metrics.api.MetricSource;

/** Heap and non-heap memory, GC counts and pauses, allocation, threads and direct buffers from JMX. */
@Component(service = MetricSource.class, property = MetricSource.NAME + "=jvm")
public final class JvmSource implements MetricSource {

    private final GcWatch gc = new GcWatch();
    private double previousGcSeconds = -1;
    private double previousAllocated = -1;
    private long previousNanos;

    @Activate
    public JvmSource() {
        gc.start();
    }

    @Deactivate
    void deactivate() {
        gc.stop();
    }

    @Override
    public synchronized void collect(MetricSink sink) {
        long now = System.nanoTime();
        double seconds = previousNanos == 0 ? 0 : (now - previousNanos) / 1e9;
        previousNanos = now;
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        MemoryUsage heap = memory.getHeapMemoryUsage();
        area(sink, "heap", heap);
        area(sink, "nonheap", memory.getNonHeapMemoryUsage());
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            MemoryUsage u = p.getUsage();
            if (u != null) {
                sink.gauge("rotordream_jvm_memory_pool_used_bytes", "Used bytes per JVM memory pool.", u.getUsed(),
                        "pool", p.getName());
            }
        }
        sink.figure("heap_used_mb", heap.getUsed() / 1048576.0);
        long max = heap.getMax() > 0 ? heap.getMax() : heap.getCommitted();
        sink.figure("heap_used_percent", 100.0 * heap.getUsed() / max);
        long afterGc = gc.heapAfterLastGc();
        if (afterGc >= 0) {
            sink.gauge("rotordream_jvm_heap_after_gc_bytes", "Heap used right after the newest GC.", afterGc);
            sink.figure("heap_after_gc_mb", afterGc / 1048576.0);
        }
        collectors(sink, seconds);
        allocation(sink, heap.getUsed(), seconds);
        threads(sink);
        for (BufferPoolMXBean b : ManagementFactory.getPlatformMXBeans(BufferPoolMXBean.class)) {
            sink.gauge("rotordream_jvm_buffer_pool_used_bytes", "NIO buffer memory used (direct, mapped).",
                    b.getMemoryUsed(), "pool", b.getName());
            sink.gauge("rotordream_jvm_buffer_pool_capacity_bytes", "NIO buffer capacity (direct, mapped).",
                    b.getTotalCapacity(), "pool", b.getName());
            sink.gauge("rotordream_jvm_buffer_pool_buffers", "NIO buffers (direct, mapped).", b.getCount(), "pool",
                    b.getName());
            if ("direct".equals(b.getName())) {
                sink.figure("direct_memory_mb", b.getMemoryUsed() / 1048576.0);
            }
        }
        ClassLoadingMXBean classes = ManagementFactory.getClassLoadingMXBean();
        sink.gauge("rotordream_jvm_classes_loaded", "Classes loaded now.", classes.getLoadedClassCount());
        sink.gauge("rotordream_jvm_uptime_seconds", "Time since the JVM started.",
                ManagementFactory.getRuntimeMXBean().getUptime() / 1000.0);
    }

    private static void area(MetricSink sink, String area, MemoryUsage u) {
        sink.gauge("rotordream_jvm_memory_used_bytes", "JVM memory used.", u.getUsed(), "area", area);
        sink.gauge("rotordream_jvm_memory_committed_bytes", "JVM memory committed.", u.getCommitted(), "area", area);
        if (u.getMax() >= 0) {
            sink.gauge("rotordream_jvm_memory_max_bytes", "JVM memory limit.", u.getMax(), "area", area);
        }
    }

    private void collectors(MetricSink sink, double seconds) {
        double total = 0;
        for (GarbageCollectorMXBean b : ManagementFactory.getGarbageCollectorMXBeans()) {
            if (b.getCollectionCount() < 0) {
                continue;
            }
            sink.counter("rotordream_jvm_gc_collections_total", "Collections per garbage collector.",
                    b.getCollectionCount(), "gc", b.getName());
            sink.counter("rotordream_jvm_gc_collection_seconds_total", "Time spent collecting per garbage collector.",
                    b.getCollectionTime() / 1000.0, "gc", b.getName());
            total += b.getCollectionTime() / 1000.0;
        }
        if (previousGcSeconds >= 0 && seconds > 0) {
            sink.figure("gc_time_percent", Math.min(100, 100 * (total - previousGcSeconds) / seconds));
        }
        previousGcSeconds = total;
        if (!gc.available()) {
            sink.absent("gc_pauses", "this JVM sends no GC notifications");
            return;
        }
        sink.histogram("rotordream_jvm_gc_pause_seconds", "Stop-the-world GC pauses.", GcWatch.PAUSE_BOUNDS,
                gc.pauseCounts(), gc.pauseSum());
        double maxPause = gc.takeMaxPause();
        sink.gauge("rotordream_jvm_gc_pause_max_seconds", "Longest GC pause in the last interval.", maxPause);
        sink.figure("gc_pause_max_ms", maxPause * 1000);
    }

    private void allocation(MetricSink sink, long heapUsed, double seconds) {
        double allocated = gc.allocatedBytes(heapUsed);
        sink.counter("rotordream_jvm_allocated_bytes_total",
                "Heap allocated since start, estimated from heap use before and after each GC.", allocated);
        if (previousAllocated >= 0 && seconds > 0 && allocated >= previousAllocated) {
            sink.figure("allocation_mb_per_second", (allocated - previousAllocated) / seconds / 1048576.0);
        }
        previousAllocated = allocated;
    }

    private static void threads(MetricSink sink) {
        ThreadMXBean t = ManagementFactory.getThreadMXBean();
        sink.gauge("rotordream_jvm_threads", "Live Java threads.", t.getThreadCount());
        sink.gauge("rotordream_jvm_threads_daemon", "Live daemon Java threads.", t.getDaemonThreadCount());
        sink.gauge("rotordream_jvm_threads_peak", "Most live Java threads since start.", t.getPeakThreadCount());
        sink.counter("rotordream_jvm_threads_started_total", "Java threads started since start.",
                t.getTotalStartedThreadCount());
        sink.figure("jvm_threads", t.getThreadCount());
    }
}
