package io.rotordream.camera.rest.internal;

import java.util.List;

/** The seed's request bodies. A field left out keeps its value. */
final class Requests {

    private Requests() {
    }

    /** PUT /api/camera/capture/buffers. */
    public static final class CaptureBuffers {
        public Integer bufferCount;
        public Integer bufferSize;
        public String memoryType;
        public Integer queueLength;
    }

    /** PUT /api/camera/capture/optimize. */
    public static final class CaptureOptimize {
        public Double frameRate;
        public String resolution;
        public String pixelFormat;
        public String captureMode;
        /** auto, synthetic, or a device id. */
        public String source;
    }

    /** PUT /api/camera/encoding/config. */
    public static final class EncodingSettings {
        public String codec;
        public Integer bitrateKbps;
        public String qualityPreset;
        public String rateControl;
        public Integer gopSize;
        public Integer bFrames;
        public Boolean hardwareAcceleration;
        public Double crf;
        public String tune;
        public Integer threads;
        public String encodingProfile;
        public List<String> backendOrder;
    }

    /** PUT /api/camera/encoding/advanced. */
    public static final class EncodingAdvanced {
        public String profile;
        public String level;
        public String entropyCoding;
        public String motionEstimation;
        public Integer subpixelRefinement;
        public Integer referenceFrames;
        public Integer slices;
        public Boolean intraRefresh;
        public Integer vbvBufferKbit;
    }

    /** GET/PUT /api/camera/sensor: the seed's sensor and timing optimisation. */
    public static final class Sensor {
        public String exposureMode;
        public Integer exposureTimeUs;
        public String gainMode;
        public Double gainValue;
        public String whiteBalanceMode;
        public String focusMode;
        public Double frameRateTarget;
        public Double frameRateTolerance;
        public String timingSource;
        public Boolean vsyncEnabled;
    }

    /** PUT /api/performance/memory/pools. */
    public static final class MemoryPools {
        public Integer frameBufferCount;
        public Integer frameBufferSizeMb;
        public Integer frameBufferAlignment;
        public Integer encodingBufferCount;
        public Integer encodingBufferSizeMb;
        public Integer networkBufferCount;
        public Integer networkBufferSizeKb;
        public Boolean enableZeroCopy;
        public String memoryMapping;
    }
}
