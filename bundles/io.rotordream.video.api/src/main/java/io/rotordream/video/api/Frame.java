package io.rotordream.video.api;

import java.nio.ByteBuffer;

import org.osgi.annotation.versioning.ProviderType;

/**
 * One captured picture, in a buffer the source lends (a pool buffer, or a V4L2 mmap buffer queued
 * back to the driver on the last release). Frame objects are reused: never keep one after its
 * last {@link #release()}.
 */
@ProviderType
public interface Frame {

    FrameFormat format();

    /** Direct memory holding the picture; read with absolute offsets, never move its position. */
    ByteBuffer buffer();

    /** Bytes of picture data in {@link #buffer()} (MJPEG: the compressed size). */
    int length();

    /** Byte offset of a plane in {@link #buffer()}. */
    int planeOffset(int plane);

    /** Bytes per row of a plane. */
    int stride(int plane);

    /** Counts every frame the sensor delivered, from 0; a gap means the sensor dropped frames. */
    long sequence();

    /** Capture time on the monotonic clock ({@link System#nanoTime()}). */
    long captureNanos();

    /** Capture time on the wall clock, for latency measured by another process on this host. */
    long captureEpochMicros();

    /** One more holder. */
    Frame retain();

    /** One holder fewer; the last returns the buffer to its owner. */
    void release();
}
