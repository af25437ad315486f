package io.rotordream.video.pipeline.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.osgi.service.metatype.annotations.Option;

/** The seed's encoding settings (PUT /api/camera/encoding/config and /advanced). */
@ObjectClassDefinition(name = "RotorDream encoding", description = "Codec, rate control and encoder tuning of the main stream.")
public @interface EncodingConfig {
    String PID = "rotordream.camera.encoding";

    @AttributeDefinition(options = { @Option(value = "h264"), @Option(value = "h265") })
    String codec() default "h264";

    @AttributeDefinition(min = "64", max = "100000")
    int bitrate__kbps() default 2500;

    @AttributeDefinition(options = { @Option(value = "ultrafast"), @Option(value = "superfast"),
            @Option(value = "veryfast"), @Option(value = "faster"), @Option(value = "fast"), @Option(value = "medium"),
            @Option(value = "slow"), @Option(value = "slower"), @Option(value = "veryslow") })
    String quality__preset() default "superfast";

    @AttributeDefinition(options = { @Option(value = "cbr"), @Option(value = "vbr"), @Option(value = "crf") })
    String rate__control() default "cbr";

    @AttributeDefinition(min = "0", max = "51", description = "Quality for rate_control crf.")
    double crf() default 23;

    @AttributeDefinition(min = "0", max = "200000", description = "VBV buffer (kbit); 0 = one second of bitrate.")
    int vbv__buffer__kbit() default 0;

    @AttributeDefinition(min = "1", max = "600", description = "Frames between keyframes.")
    int gop__size() default 30;

    @AttributeDefinition(min = "0", max = "16")
    int b__frames() default 0;

    @AttributeDefinition(description = "Prefer a hardware backend when one is available.")
    boolean hardware__acceleration() default true;

    @AttributeDefinition(options = { @Option(value = "baseline"), @Option(value = "main"), @Option(value = "high") })
    String profile() default "high";

    @AttributeDefinition(required = false, description = "e.g. 4.0; empty lets the encoder choose.")
    String level() default "";

    @AttributeDefinition(options = { @Option(value = "auto"), @Option(value = "cavlc"), @Option(value = "cabac") },
            description = "auto: as the preset and profile say (cavlc for baseline).")
    String entropy__coding() default "auto";

    @AttributeDefinition(options = { @Option(value = "auto"), @Option(value = "dia"), @Option(value = "hex"),
            @Option(value = "umh") }, description = "auto: as the preset says.")
    String motion__estimation() default "auto";

    @AttributeDefinition(min = "-1", max = "11", description = "-1: as the preset says.")
    int subpixel__refinement() default -1;

    @AttributeDefinition(min = "0", max = "16", description = "0: as the preset says.")
    int reference__frames() default 0;

    @AttributeDefinition(required = false, options = { @Option(value = ""), @Option(value = "zerolatency"),
            @Option(value = "film"), @Option(value = "animation"), @Option(value = "grain"),
            @Option(value = "stillimage"), @Option(value = "psnr"), @Option(value = "ssim"),
            @Option(value = "fastdecode") })
    String tune() default "zerolatency";

    @AttributeDefinition(min = "0", max = "64", description = "Encoder threads; 0 lets the library choose.")
    int threads() default 0;

    @AttributeDefinition(min = "0", max = "64")
    int slices() default 0;

    boolean intra__refresh() default false;

    @AttributeDefinition(description = "Backends in order of preference; the first available one encodes.")
    String[] backend__order() default { "x264", "openh264", "x265" };

    @AttributeDefinition(required = false, description = "Name of a rotordream.camera.encoding.profile whose values override these (low_latency, high_quality, low_power), or empty.")
    String encoding__profile() default "";
}
