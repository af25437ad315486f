package io.rotordream.video.pipeline.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.osgi.service.metatype.annotations.Option;

/** The seed's capture settings (PUT /api/camera/capture/buffers and /optimize). */
@ObjectClassDefinition(name = "RotorDream capture", description = "Sensor, picture format and capture buffering.")
public @interface CaptureConfig {
    String PID = "rotordream.camera.capture";

    @AttributeDefinition(name = "Sensor", description = "auto (a camera when present, else the synthetic pattern), "
            + "synthetic, or a device id such as v4l2:/dev/video0.")
    String source() default "auto";

    @AttributeDefinition(name = "Resolution", description = "WIDTHxHEIGHT, e.g. 1280x720.")
    String resolution() default "1280x720";

    @AttributeDefinition(name = "Frame rate", min = "1", max = "240")
    double frame__rate() default 30;

    @AttributeDefinition(name = "Pixel format", options = { @Option(value = "NV12"), @Option(value = "I420"),
            @Option(value = "YUYV"), @Option(value = "MJPEG") })
    String pixel__format() default "NV12";

    @AttributeDefinition(name = "Driver buffers", min = "2", max = "32", description = "V4L2 mmap buffers requested from the driver.")
    int buffer__count() default 8;

    @AttributeDefinition(name = "Driver buffer size (bytes)", min = "65536", max = "67108864")
    int buffer__size() default 8_388_608;

    @AttributeDefinition(name = "Driver memory", options = { @Option(value = "mmap"), @Option(value = "userptr"),
            @Option(value = "dmabuf") })
    String memory__type() default "mmap";

    @AttributeDefinition(name = "Encode queue", min = "1", max = "64",
            description = "Frames waiting for the encoder; when full the oldest is dropped, capture never waits.")
    int queue__length() default 4;

    @AttributeDefinition(name = "Capture mode", options = { @Option(value = "streaming"), @Option(value = "read") })
    String capture__mode() default "streaming";
}
