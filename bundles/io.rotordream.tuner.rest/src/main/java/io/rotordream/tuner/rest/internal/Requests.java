package io.rotordream.tuner.rest.internal;

import java.util.List;
import java.util.Map;

/** Request bodies. Unknown fields are refused (400 naming them) by the API's JSON rules; a field left out changes nothing. */
final class Requests {

    private Requests() {
    }

    /** POST /api/performance/profile/apply. */
    public static final class Apply {
        public String profile;
        /** cpu, memory, storage, network, video, or one configuration's name; all when left out. */
        public List<String> components;
        /** Knobs needing confirmation (mount options) to carry out, or ["*"]. */
        public List<String> confirm;
    }

    /** POST /api/performance/profiles and PUT /api/performance/profiles/{name}. */
    public static final class Profile {
        public String name;
        public String description;
        public String include;
        public Map<String, Object> settings;
    }

    /** POST /api/performance/cpu/optimize (the seed's body, plus the I/O priority). */
    public static final class CpuOptimize {
        public String governor;
        public List<Integer> affinity;
        /** high, normal, low, or a nice value -20..19. */
        public Object priority;
        /** Best-effort I/O priority level 0..7. */
        public Integer ioPriority;
    }

    /** PUT /api/performance/memory/config. */
    public static final class MemoryConfig {
        public Integer swappiness;
        public Integer dirtyBackgroundRatio;
        public Integer dirtyRatio;
        public Integer dirtyExpireCentisecs;
        public Integer dirtyWritebackCentisecs;
        public String bufferStrategy;
        // The seed's JVM settings: refused with the reason (they are fixed when the JVM starts).
        public Integer heapSizeMb;
        public Integer stackSizeKb;
        public Integer gcThresholdMb;
        public String memoryMapping;
        public Boolean preallocation;
    }

    /** PUT /api/performance/storage/config. */
    public static final class StorageConfig {
        public String ioScheduler;
        public Integer readAheadKb;
        public Boolean writeCache;
        /** async or sync: a mount option of mount_point. */
        public String syncMode;
        public List<String> devices;
        public Integer readExpire;
        public Integer writeExpire;
        public Integer writesStarved;
        public Integer fifoBatch;
        public String mountPoint;
        /** e.g. ["noatime", "commit=60"]. */
        public List<String> mountOptions;
        /** Carry out the mount option change, which is otherwise only planned. */
        public Boolean confirm;
    }

    /** PUT /api/performance/network/config: the seed's fields and the knobs themselves. */
    public static final class NetworkConfig {
        public Integer tcpBufferSize;
        public Integer udpBufferSize;
        public Boolean enableTcpOffload;
        public Boolean enableJumboFrames;
        public Integer mtuSize;
        public Integer rmemMax;
        public Integer wmemMax;
        public String tcpRmem;
        public String tcpWmem;
        public Integer netdevMaxBacklog;
        public Integer busyPoll;
        public Integer busyRead;
        public Integer ringRx;
        public Integer ringTx;
        public Integer rxUsecs;
        public Integer txUsecs;
        public List<String> interfaces;
        /** Traffic shaping that puts the video ports first. */
        public Boolean qos;
    }

    /** PUT /api/performance/latency/config. */
    public static final class LatencyConfig {
        public Integer targetLatencyMs;
        public String bufferStrategy;
        public String encodingPreset;
        public String networkProtocol;
        public Integer frameBuffering;
    }

    /** POST /api/performance/tuning/drop_caches. */
    public static final class DropCaches {
        /** 1 page cache, 2 dentries and inodes, 3 both. */
        public Integer level;
    }
}
