package io.rotordream.video.v4l2.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

@ObjectClassDefinition(pid = V4l2Config.PID, name = "RotorDream V4L2 cameras",
        description = "Finds V4L2 capture devices and offers each as a frame source.")
public @interface V4l2Config {
    String PID = "rotordream.camera.v4l2";

    @AttributeDefinition(name = "Scan interval (ms)", min = "200", max = "60000",
            description = "How often device nodes are looked for, and how often a camera that went away is tried again.")
    int scan__interval__ms() default 2000;

    @AttributeDefinition(name = "Device name pattern",
            description = "Glob of the node names to look at, in the device directory.")
    String device__glob() default "video*";

    @AttributeDefinition(name = "Device directory", description = "Where the nodes are; other than /dev only for tests.")
    String device__directory() default "/dev";

    /**
     * Read from rotordream.camera.capture (the seed's capture buffers): mmap buffers requested
     * from the driver; consumers holding them all make the camera drop frames.
     */
    @interface CaptureBuffers {
        int buffer__count() default 8;
    }
}
