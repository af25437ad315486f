package io.rotordream.video.pipeline.internal;

import java.util.concurrent.atomic.AtomicLong;

/** What one stream's encode stage did. */
final class ChannelCounters {

    final Drops drops = new Drops();
    final LatencyWindow encodeTime = new LatencyWindow();
    final RateMeter input = new RateMeter();
    final RateMeter output = new RateMeter();
    final AtomicLong keyframes = new AtomicLong();

    void encoded(long nanos, int bytes, boolean keyframe) {
        output.record(nanos, bytes);
        if (keyframe) {
            keyframes.incrementAndGet();
        }
    }
}
