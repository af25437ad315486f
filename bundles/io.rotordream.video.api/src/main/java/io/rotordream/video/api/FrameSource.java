package io.rotordream.video.api;

import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

import io.rotordream.memory.api.BufferPool;

/**
 * A sensor: a V4L2 device, or the synthetic test pattern. One service per device, with the
 * {@link #ID} and {@link #KIND} service properties.
 */
@ProviderType
public interface FrameSource {

    /** Service property: stable id, e.g. {@code synthetic} or {@code v4l2:/dev/video0}. */
    String ID = "rotordream.source.id";
    /** Service property: {@code synthetic} or {@code v4l2}. */
    String KIND = "rotordream.source.kind";

    String id();

    String description();

    /** Everything the device offers; the synthetic source offers what it can draw. */
    List<FormatCapability> capabilities();

    /** The format in use (or to be used at the next start). */
    FrameFormat format();

    /**
     * Chooses the format for the next {@link #start}; a running source restarts with it.
     *
     * @throws IllegalArgumentException when the device does not offer it, naming what it offers
     */
    void configure(FrameFormat format);

    /**
     * Starts capture into {@code sink} on the source's own thread.
     *
     * @param pool where a source without buffers of its own (synthetic, read()) takes them; sources
     *     with driver buffers (V4L2 mmap) lend those instead
     * @throws IllegalStateException when already started or the device cannot start, with why
     */
    void start(FrameSink sink, BufferPool pool);

    /** Stops capture; returns once the capture thread has ended. Idempotent. */
    void stop();

    boolean running();

    /** The sensor settings in effect. */
    SensorControls controls();

    /**
     * Applies the non-null fields.
     *
     * @return the settings in effect afterwards
     * @throws IllegalArgumentException naming the field the sensor does not support or refuses
     */
    SensorControls applyControls(SensorControls controls);

    SourceStats stats();
}
