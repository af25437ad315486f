package io.rotordream.tuner.rest.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.rotordream.rest.api.ApiException;

/** The seed's request bodies in the words of profile settings; a translation, the rules live in the tuner. */
final class SettingsBodies {

    private SettingsBodies() {
    }

    static Map<String, Object> cpu(Requests.CpuOptimize b) {
        required(b);
        Map<String, Object> s = new LinkedHashMap<>();
        put(s, "governor", b.governor);
        if (b.affinity != null) {
            s.put("process_affinity", b.affinity);
        }
        if (b.priority != null) {
            s.put("process_nice", nice(b.priority));
        }
        if (b.ioPriority != null) {
            s.put("process_ioprio", Integer.toString(b.ioPriority));
        }
        return nonEmpty(s);
    }

    /** The seed's "priority": high is renice -10 (its example), low 10. */
    private static String nice(Object priority) {
        String p = String.valueOf(priority).trim();
        return switch (p) {
            case "high" -> "-10";
            case "normal" -> "0";
            case "low" -> "10";
            default -> {
                try {
                    int n = Integer.parseInt(p);
                    if (n < -20 || n > 19) {
                        throw new NumberFormatException();
                    }
                    yield Integer.toString(n);
                } catch (NumberFormatException e) {
                    throw ApiException.badRequest("priority", "priority is high, normal, low or a nice value -20..19, not '" + p + "'");
                }
            }
        };
    }

    static Map<String, Object> memory(Requests.MemoryConfig b) {
        required(b);
        jvm("heap_size_mb", b.heapSizeMb, "the JVM's heap is fixed when it starts: bin/rotordream -- -Xmx512m");
        jvm("stack_size_kb", b.stackSizeKb, "thread stacks are fixed when the JVM starts: bin/rotordream -- -Xss1m");
        jvm("gc_threshold_mb", b.gcThresholdMb, "the collector's thresholds are JVM options at start");
        jvm("memory_mapping", b.memoryMapping, "memory_mapping is a memory pool setting: PUT /api/performance/memory/pools");
        jvm("preallocation", b.preallocation, "the memory pools are always preallocated");
        Map<String, Object> s = new LinkedHashMap<>();
        put(s, "swappiness", b.swappiness);
        put(s, "dirty_background_ratio", b.dirtyBackgroundRatio);
        put(s, "dirty_ratio", b.dirtyRatio);
        put(s, "dirty_expire_centisecs", b.dirtyExpireCentisecs);
        put(s, "dirty_writeback_centisecs", b.dirtyWritebackCentisecs);
        put(s, "buffer_strategy", b.bufferStrategy);
        return nonEmpty(s);
    }

    private static void jvm(String field, Object value, String why) {
        if (value != null) {
            throw ApiException.badRequest(field, field + " cannot be set at run time: " + why);
        }
    }

    static Map<String, Object> storage(Requests.StorageConfig b) {
        required(b);
        Map<String, Object> s = new LinkedHashMap<>();
        put(s, "io_scheduler", b.ioScheduler);
        put(s, "read_ahead_kb", b.readAheadKb);
        if (b.writeCache != null) {
            s.put("write_cache", b.writeCache ? "write back" : "write through");
        }
        if (b.devices != null) {
            s.put("devices", b.devices);
        }
        put(s, "read_expire", b.readExpire);
        put(s, "write_expire", b.writeExpire);
        put(s, "writes_starved", b.writesStarved);
        put(s, "fifo_batch", b.fifoBatch);
        List<String> options = b.mountOptions == null ? new java.util.ArrayList<>() : new java.util.ArrayList<>(b.mountOptions);
        if (b.syncMode != null) {
            if (!Set.of("sync", "async").contains(b.syncMode)) {
                throw ApiException.badRequest("sync_mode", "sync_mode is sync or async, not '" + b.syncMode + "'");
            }
            options.add(b.syncMode);
        }
        if (!options.isEmpty() || b.mountPoint != null) {
            if (b.mountPoint == null || b.mountPoint.isBlank()) {
                throw ApiException.badRequest("mount_point", "mount options and sync_mode need the mount_point they apply to");
            }
            s.put("mount_point", b.mountPoint);
            s.put("mount_options", String.join(",", options));
        }
        return nonEmpty(s);
    }

    static Map<String, Object> network(Requests.NetworkConfig b) {
        required(b);
        Map<String, Object> s = new LinkedHashMap<>();
        if (b.tcpBufferSize != null && (b.tcpRmem != null || b.tcpWmem != null)) {
            throw ApiException.badRequest("tcp_buffer_size", "give tcp_buffer_size or tcp_rmem/tcp_wmem, not both");
        }
        if (b.tcpBufferSize != null) {
            // the seed's example: "4096 65536 262144" for a 262144-byte buffer
            String triple = "4096 " + Math.min(65536, b.tcpBufferSize) + " " + b.tcpBufferSize;
            s.put("tcp_rmem", triple);
            s.put("tcp_wmem", triple);
        }
        int socketMax = Math.max(b.tcpBufferSize == null ? 0 : b.tcpBufferSize, b.udpBufferSize == null ? 0 : b.udpBufferSize);
        if (socketMax > 0 && b.rmemMax == null && b.wmemMax == null) {
            s.put("rmem_max", socketMax);
            s.put("wmem_max", socketMax);
        }
        put(s, "rmem_max", b.rmemMax);
        put(s, "wmem_max", b.wmemMax);
        put(s, "tcp_rmem", b.tcpRmem);
        put(s, "tcp_wmem", b.tcpWmem);
        put(s, "netdev_max_backlog", b.netdevMaxBacklog);
        put(s, "busy_poll", b.busyPoll);
        put(s, "busy_read", b.busyRead);
        if (b.enableTcpOffload != null) {
            s.put("offloads", b.enableTcpOffload ? "on" : "off");
        }
        put(s, "ring_rx", b.ringRx);
        put(s, "ring_tx", b.ringTx);
        put(s, "rx_usecs", b.rxUsecs);
        put(s, "tx_usecs", b.txUsecs);
        if (b.mtuSize != null) {
            s.put("mtu", b.mtuSize);
        } else if (b.enableJumboFrames != null) {
            s.put("mtu", b.enableJumboFrames ? 9000 : 1500);
        }
        if (b.interfaces != null) {
            s.put("interfaces", b.interfaces);
        }
        if (b.qos != null) {
            s.put("qos", b.qos ? "on" : "off");
        }
        return nonEmpty(s);
    }

    static Map<String, Object> latency(Requests.LatencyConfig b) {
        required(b);
        Map<String, Object> s = new LinkedHashMap<>();
        put(s, "target_latency_ms", b.targetLatencyMs);
        put(s, "buffer_strategy", b.bufferStrategy);
        put(s, "encoding_preset", b.encodingPreset);
        put(s, "network_protocol", b.networkProtocol);
        put(s, "frame_buffering", b.frameBuffering);
        return nonEmpty(s);
    }

    static void required(Object body) {
        if (body == null) {
            throw new ApiException(400, "empty_body", null, "the request needs a JSON body");
        }
    }

    private static void put(Map<String, Object> s, String key, Object value) {
        if (value != null) {
            s.put(key, value);
        }
    }

    private static Map<String, Object> nonEmpty(Map<String, Object> s) {
        if (s.isEmpty()) {
            throw new ApiException(400, "empty_body", null, "no field to change");
        }
        return s;
    }
}
