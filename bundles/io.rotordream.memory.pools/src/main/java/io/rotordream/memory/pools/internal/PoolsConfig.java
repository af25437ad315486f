package io.rotordream.memory.pools.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.osgi.service.metatype.annotations.Option;

/** The seed's memory_pools: frame, encoding and network buffers. */
@ObjectClassDefinition(name = "RotorDream memory pools",
        description = "Preallocated direct buffers for captured frames, encoded pictures and network packets.")
public @interface PoolsConfig {
    String PID = "rotordream.memory.pools";

    @AttributeDefinition(name = "Frame buffers", min = "2", max = "256")
    int frame__buffer__count() default 16;

    @AttributeDefinition(name = "Frame buffer size (MiB)", min = "1", max = "64",
            description = "Must hold one captured picture (1920x1080 NV12 is 3 MiB).")
    int frame__buffer__size__mb() default 8;

    @AttributeDefinition(name = "Frame buffer alignment (bytes)", min = "1", max = "65536")
    int frame__buffer__alignment() default 4096;

    @AttributeDefinition(name = "Frame buffer memory", options = { @Option(value = "dma_coherent"),
            @Option(value = "contiguous"), @Option(value = "normal") })
    String frame__buffer__location() default "dma_coherent";

    @AttributeDefinition(name = "Encoding buffers", min = "2", max = "256")
    int encoding__buffer__count() default 8;

    @AttributeDefinition(name = "Encoding buffer size (MiB)", min = "1", max = "64")
    int encoding__buffer__size__mb() default 4;

    @AttributeDefinition(name = "Encoding buffer alignment (bytes)", min = "1", max = "65536")
    int encoding__buffer__alignment() default 1024;

    @AttributeDefinition(name = "Encoding buffer memory", options = { @Option(value = "dma_coherent"),
            @Option(value = "contiguous"), @Option(value = "normal") })
    String encoding__buffer__location() default "contiguous";

    @AttributeDefinition(name = "Network buffers", min = "2", max = "65536")
    int network__buffer__count() default 32;

    @AttributeDefinition(name = "Network buffer size (KiB)", min = "2", max = "1024")
    int network__buffer__size__kb() default 64;

    @AttributeDefinition(name = "Network buffer alignment (bytes)", min = "1", max = "65536")
    int network__buffer__alignment() default 512;

    @AttributeDefinition(name = "Network buffer memory", options = { @Option(value = "dma_coherent"),
            @Option(value = "contiguous"), @Option(value = "normal") })
    String network__buffer__location() default "normal";

    @AttributeDefinition(name = "Zero copy", description = "Encoders read frames in place and consumers share encoded buffers.")
    boolean enable__zero__copy() default true;

    @AttributeDefinition(name = "Memory mapping", options = { @Option(value = "contiguous"), @Option(value = "shared"),
            @Option(value = "dma_coherent"), @Option(value = "normal") })
    String memory__mapping() default "contiguous";
}
