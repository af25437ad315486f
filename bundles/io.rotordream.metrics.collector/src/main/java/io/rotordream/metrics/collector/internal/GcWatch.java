package io.rotordream.metrics.collector.internal;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import javax.management.ListenerNotFoundException;
import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;
import javax.management.openmbean.TabularData;

/**
 * Every GC as the JVM reports it (the com.sun.management GC notification, read through the standard
 * open MBean types so no JDK-internal package is imported): pause durations, heap after each GC,
 * and an allocation estimate (heap before this GC minus heap after the previous one, the way GC
 * log analysers estimate it). Concurrent cycles are not pauses and are left out of the pauses.
 */
final class GcWatch implements NotificationListener {

    static final String GC_NOTIFICATION = "com.sun.management.gc.notification";
    static final double[] PAUSE_BOUNDS = { 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5 };

    private final Set<String> heapPools = new HashSet<>();
    private final List<NotificationEmitter> emitters = new ArrayList<>();
    private final long[] pauseCounts = new long[PAUSE_BOUNDS.length + 1];
    private double pauseSum;
    private double maxPauseSinceRead;
    private long heapAfterLastGc = -1;
    private double allocated;
    private boolean available;

    void start() {
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            if (p.getType() == MemoryType.HEAP) {
                heapPools.add(p.getName());
            }
        }
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            if (gc instanceof NotificationEmitter e) {
                e.addNotificationListener(this, n -> GC_NOTIFICATION.equals(n.getType()), null);
                emitters.add(e);
                available = true;
            }
        }
    }

    /** Must be called when the source goes: a listener left on the platform MBean would pin the bundle's classes. */
    void stop() {
        for (NotificationEmitter e : emitters) {
            try {
                e.removeNotificationListener(this);
            } catch (ListenerNotFoundException ignored) {
                // already gone
            }
        }
        emitters.clear();
    }

    boolean available() {
        return available;
    }

    @Override
    public void handleNotification(Notification n, Object handback) {
        if (!(n.getUserData() instanceof CompositeData data)) {
            return;
        }
        String name = String.valueOf(data.get("gcName"));
        String action = String.valueOf(data.get("gcAction"));
        CompositeData info = (CompositeData) data.get("gcInfo");
        double seconds = ((Number) info.get("duration")).longValue() / 1000.0;
        long before = heapUsed((TabularData) info.get("memoryUsageBeforeGc"));
        long after = heapUsed((TabularData) info.get("memoryUsageAfterGc"));
        boolean pause = !(name.contains("Cycles") || name.contains("Concurrent") || action.contains("concurrent"));
        synchronized (this) {
            if (heapAfterLastGc >= 0 && before > heapAfterLastGc) {
                allocated += before - heapAfterLastGc;
            }
            heapAfterLastGc = after;
            if (pause) {
                int b = 0;
                while (b < PAUSE_BOUNDS.length && seconds > PAUSE_BOUNDS[b]) {
                    b++;
                }
                for (int i = b; i < pauseCounts.length; i++) {
                    pauseCounts[i]++;
                }
                pauseSum += seconds;
                maxPauseSinceRead = Math.max(maxPauseSinceRead, seconds);
            }
        }
    }

    private long heapUsed(TabularData table) {
        long used = 0;
        for (Object row : table.values()) {
            CompositeData r = (CompositeData) row;
            if (heapPools.contains(String.valueOf(r.get("key")))) {
                used += MemoryUsage.from((CompositeData) r.get("value")).getUsed();
            }
        }
        return used;
    }

    /** Pause histogram: cumulative counts per bound then the total; and the sum. */
    synchronized long[] pauseCounts() {
        return pauseCounts.clone();
    }

    synchronized double pauseSum() {
        return pauseSum;
    }

    /** The longest pause since the previous call. */
    synchronized double takeMaxPause() {
        double m = maxPauseSinceRead;
        maxPauseSinceRead = 0;
        return m;
    }

    /** Heap used right after the newest GC, -1 before the first. */
    synchronized long heapAfterLastGc() {
        return heapAfterLastGc;
    }

    /** Bytes allocated up to now: the GC estimate plus what was allocated since the last GC. */
    synchronized double allocatedBytes(long heapUsedNow) {
        return allocated + (heapAfterLastGc >= 0 && heapUsedNow > heapAfterLastGc ? heapUsedNow - heapAfterLastGc : 0);
    }
}
