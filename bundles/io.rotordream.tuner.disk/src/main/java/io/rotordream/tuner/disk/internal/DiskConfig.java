package io.rotordream.tuner.disk.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.osgi.service.metatype.annotations.Option;

/** What the disk plugin wants of the block devices and one mount; empty or -1 leaves a setting as it is. */
@ObjectClassDefinition(name = "RotorDream tuner: disk", description = "I/O scheduler, its tunables, read-ahead, "
        + "write cache per block device; mount options of the recording mount (applied only when confirmed).")
public @interface DiskConfig {
    String PID = "rotordream.tuner.disk";

    @AttributeDefinition(required = false, description = "Block devices (vda, sda, mmcblk0); empty: every disk with hardware behind it.")
    String[] devices() default {};

    @AttributeDefinition(required = false, description = "mq-deadline, bfq, kyber, none (deadline means mq-deadline on blk-mq kernels); empty leaves it.")
    String io__scheduler() default "";

    @AttributeDefinition(min = "-1", max = "1048576", description = "read_ahead_kb; -1 leaves it.")
    int read__ahead__kb() default -1;

    @AttributeDefinition(min = "-1", max = "600000", description = "deadline read_expire (ms); -1 leaves it.")
    int read__expire() default -1;

    @AttributeDefinition(min = "-1", max = "600000", description = "deadline write_expire (ms); -1 leaves it.")
    int write__expire() default -1;

    @AttributeDefinition(min = "-1", max = "1000", description = "deadline writes_starved; -1 leaves it.")
    int writes__starved() default -1;

    @AttributeDefinition(min = "-1", max = "10000", description = "deadline fifo_batch; -1 leaves it.")
    int fifo__batch() default -1;

    @AttributeDefinition(required = false, options = { @Option(value = ""), @Option(value = "write back"),
            @Option(value = "write through") }, description = "queue/write_cache; empty leaves it.")
    String write__cache() default "";

    @AttributeDefinition(required = false, description = "Mount point whose options are tuned, e.g. /media/data.")
    String mount__point() default "";

    @AttributeDefinition(required = false, description = "e.g. noatime,commit=60 (noatime, relatime, strictatime, "
            + "nodiratime, diratime, sync, async, commit=N); a planned change applied only when the operator confirms it.")
    String mount__options() default "";
}
