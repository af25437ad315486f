package io.rotordream.video.api;

import org.osgi.annotation.versioning.ConsumerType;

/** Receives what a started {@link FrameSource} captures. */
@ConsumerType
public interface FrameSink {

    /**
     * Called on the capture thread with one reference the sink now owns (it must release it). Must
     * return at once: it queues or drops, it never blocks capture.
     */
    void onFrame(Frame frame);

    /** The source stopped by itself (device unplugged, I/O error); it may come back by itself. */
    void onSourceStopped(String reason);
}
