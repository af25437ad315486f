package io.rotordream.video.pipeline.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/** Dropped frames by reason; the reasons are fixed so counting allocates nothing. */
final class Drops {

    /** The encode queue was full: the encoder is slower than capture. */
    final AtomicLong encoderBusy = new AtomicLong();
    /** No encoding buffer was free: consumers hold too many access units. */
    final AtomicLong noOutputBuffer = new AtomicLong();
    /** The encoder failed on the frame. */
    final AtomicLong encoderError = new AtomicLong();
    /** No encoder backend was available. */
    final AtomicLong noEncoder = new AtomicLong();
    /** The frame's format does not match the encoder (during a format change). */
    final AtomicLong formatChange = new AtomicLong();

    Map<String, Long> snapshot() {
        Map<String, Long> m = new LinkedHashMap<>();
        m.put("encoder_busy", encoderBusy.get());
        m.put("no_output_buffer", noOutputBuffer.get());
        m.put("encoder_error", encoderError.get());
        m.put("no_encoder", noEncoder.get());
        m.put("format_change", formatChange.get());
        return m;
    }
}
