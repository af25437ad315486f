package io.rotordream.tuner.profiles.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.osgi.service.metatype.annotations.Option;

/**
 * A performance profile, factory configuration {@code rotordream.profile~NAME}. A setting the
 * profile does not have is inherited from its include; -1 or empty says "leave it as it is" even
 * when the include sets it. The defaults below are never used as values: only the keys a profile
 * has count.
 */
@ObjectClassDefinition(name = "RotorDream performance profile", description = "CPU, memory, storage, network, "
        + "encoder and pipeline settings applied together by POST /api/performance/profile/apply.")
public @interface ProfileConfig {
    String FACTORY_PID = "rotordream.profile";

    @AttributeDefinition(required = false)
    String description() default "";

    @AttributeDefinition(required = false, description = "Profile whose settings this one starts from.")
    String include() default "";

    // cpu
    @AttributeDefinition(required = false, options = { @Option(value = ""), @Option(value = "performance"),
            @Option(value = "powersave"), @Option(value = "ondemand"), @Option(value = "conservative"),
            @Option(value = "schedutil"), @Option(value = "userspace") })
    String governor() default "";

    @AttributeDefinition(min = "-1", max = "100000000")
    int min__freq__khz() default -1;

    @AttributeDefinition(min = "-1", max = "100000000")
    int max__freq__khz() default -1;

    // scheduler
    @AttributeDefinition(required = false, options = { @Option(value = ""), @Option(value = "none"), @Option(value = "split") },
            description = "split: capture on the first half of the CPUs, encode on the second; none: no pinning.")
    String thread__affinity() default "";

    @AttributeDefinition(required = false, min = "0", max = "8191", description = "CPUs of every thread but the pipeline's.")
    int[] process__affinity() default {};

    @AttributeDefinition(required = false, description = "-20..19")
    String process__nice() default "";

    @AttributeDefinition(required = false, description = "best-effort level 0..7")
    String process__ioprio() default "";

    @AttributeDefinition(required = false, description = "-20..19")
    String capture__nice() default "";

    @AttributeDefinition(required = false, description = "-20..19")
    String encode__nice() default "";

    @AttributeDefinition(required = false, description = "best-effort level 0..7")
    String capture__ioprio() default "";

    @AttributeDefinition(required = false, description = "best-effort level 0..7")
    String encode__ioprio() default "";

    // vm
    @AttributeDefinition(min = "-1", max = "200")
    int swappiness() default -1;

    @AttributeDefinition(min = "-1", max = "100")
    int dirty__background__ratio() default -1;

    @AttributeDefinition(min = "-1", max = "100")
    int dirty__ratio() default -1;

    @AttributeDefinition(min = "-1", max = "2147483647")
    int dirty__expire__centisecs() default -1;

    @AttributeDefinition(min = "-1", max = "2147483647")
    int dirty__writeback__centisecs() default -1;

    // disk
    @AttributeDefinition(required = false, options = { @Option(value = ""), @Option(value = "deadline"),
            @Option(value = "mq-deadline"), @Option(value = "bfq"), @Option(value = "kyber"), @Option(value = "none") })
    String io__scheduler() default "";

    @AttributeDefinition(min = "-1", max = "1048576")
    int read__ahead__kb() default -1;

    @AttributeDefinition(min = "-1", max = "600000")
    int read__expire() default -1;

    @AttributeDefinition(min = "-1", max = "600000")
    int write__expire() default -1;

    @AttributeDefinition(min = "-1", max = "1000")
    int writes__starved() default -1;

    @AttributeDefinition(min = "-1", max = "10000")
    int fifo__batch() default -1;

    @AttributeDefinition(required = false, options = { @Option(value = ""), @Option(value = "write back"),
            @Option(value = "write through") })
    String write__cache() default "";

    @AttributeDefinition(required = false, description = "Block devices; machine-specific.")
    String[] devices() default {};

    @AttributeDefinition(required = false, description = "Mount point whose options are tuned; machine-specific.")
    String mount__point() default "";

    @AttributeDefinition(required = false, description = "e.g. noatime,commit=60; applied only when confirmed.")
    String mount__options() default "";

    // net
    @AttributeDefinition(min = "-1", max = "2147483647")
    int rmem__max() default -1;

    @AttributeDefinition(min = "-1", max = "2147483647")
    int wmem__max() default -1;

    @AttributeDefinition(required = false, description = "min default max")
    String tcp__rmem() default "";

    @AttributeDefinition(required = false, description = "min default max")
    String tcp__wmem() default "";

    @AttributeDefinition(min = "-1", max = "2147483647")
    int netdev__max__backlog() default -1;

    @AttributeDefinition(min = "-1", max = "1000000")
    int busy__poll() default -1;

    @AttributeDefinition(min = "-1", max = "1000000")
    int busy__read() default -1;

    @AttributeDefinition(required = false, options = { @Option(value = ""), @Option(value = "on"), @Option(value = "off") })
    String offloads() default "";

    @AttributeDefinition(min = "-1", max = "65536")
    int ring__rx() default -1;

    @AttributeDefinition(min = "-1", max = "65536")
    int ring__tx() default -1;

    @AttributeDefinition(min = "-1", max = "100000")
    int rx__usecs() default -1;

    @AttributeDefinition(min = "-1", max = "100000")
    int tx__usecs() default -1;

    @AttributeDefinition(min = "-1", max = "65536")
    int mtu() default -1;

    @AttributeDefinition(required = false, description = "NICs; machine-specific.")
    String[] interfaces() default {};

    @AttributeDefinition(required = false, options = { @Option(value = ""), @Option(value = "on"), @Option(value = "off") },
            description = "Traffic shaping that puts the video ports first.")
    String qos() default "";

    // video
    @AttributeDefinition(required = false, options = { @Option(value = ""), @Option(value = "ultrafast"),
            @Option(value = "superfast"), @Option(value = "veryfast"), @Option(value = "faster"), @Option(value = "fast"),
            @Option(value = "medium"), @Option(value = "slow"), @Option(value = "slower"), @Option(value = "veryslow") })
    String encoding__preset() default "";

    @AttributeDefinition(required = false, options = { @Option(value = ""), @Option(value = "none"),
            @Option(value = "zerolatency"), @Option(value = "film"), @Option(value = "animation"), @Option(value = "grain"),
            @Option(value = "stillimage"), @Option(value = "psnr"), @Option(value = "ssim"), @Option(value = "fastdecode") })
    String tune() default "";

    @AttributeDefinition(min = "-1", max = "600", description = "Frames between keyframes.")
    int keyframe__interval() default -1;

    @AttributeDefinition(min = "-1", max = "16")
    int b__frames() default -1;

    @AttributeDefinition(min = "-1", max = "16")
    int reference__frames() default -1;

    @AttributeDefinition(min = "-1", max = "64", description = "0 lets the encoder choose.")
    int encoder__threads() default -1;

    @AttributeDefinition(required = false, options = { @Option(value = ""), @Option(value = "true"), @Option(value = "false") })
    String hardware__acceleration() default "";

    @AttributeDefinition(required = false, options = { @Option(value = ""), @Option(value = "minimal"),
            @Option(value = "balanced"), @Option(value = "throughput") }, description = "Buffer counts of the driver and the memory pools.")
    String buffer__strategy() default "";

    @AttributeDefinition(min = "-1", max = "64", description = "Frames waiting for the encoder.")
    int frame__buffering() default -1;

    @AttributeDefinition(required = false, options = { @Option(value = ""), @Option(value = "udp"), @Option(value = "tcp") },
            description = "RTSP transport, when the RTSP server is installed.")
    String network__protocol() default "";

    @AttributeDefinition(min = "-1", max = "60000", description = "Latency budget the buffering must fit in.")
    int target__latency__ms() default -1;
}
