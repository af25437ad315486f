package io.rotordream.video.pipeline.internal;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.rotordream.video.api.encoder.Encoder;
import io.rotordream.video.api.encoder.EncoderException;
import io.rotordream.video.api.encoder.EncoderFactory;
import io.rotordream.video.api.encoder.EncoderSettings;
import io.rotordream.video.api.encoder.ParameterSets;

/**
 * The open encoder of one stream and the choice of backend: the first available backend of the
 * configured order that supports the codec. Only the encode thread opens, uses and closes
 * encoders; other threads ask through flags, and a backend going away waits (briefly) until its
 * encoder is closed, so no call ever runs into a stopped bundle.
 */
final class EncoderSlot {

    private static final Logger LOG = LoggerFactory.getLogger(EncoderSlot.class);
    private final Backends backends;
    private Encoder encoder;
    private EncoderFactory factory;
    private EncoderSettings openedWith;
    /** The settings object last seen: the same object means nothing changed (no comparison). */
    private EncoderSettings lastWanted;
    private volatile String backend = "";
    private volatile ParameterSets parameterSets;
    private volatile int generation;
    private volatile boolean reopen;
    private volatile EncoderFactory closing;
    private volatile CountDownLatch closed;
    private long switches;
    private String lastProblem = "";

    EncoderSlot(Backends backends) {
        this.backends = backends;
    }

    /** Encode thread: the encoder for these settings, opening or switching as needed; null when none can. */
    Encoder encoder(EncoderSettings wanted, List<String> order) {
        honourClose();
        if (encoder != null && !reopen && wanted == lastWanted && backends.contains(factory)) {
            return encoder;
        }
        lastWanted = wanted;
        if (encoder != null && !reopen && factory != null && backends.contains(factory)
                && sameButBitrate(openedWith, wanted)) {
            if (openedWith.bitrateKbps != wanted.bitrateKbps) {
                try {
                    encoder.setBitrate(wanted.bitrateKbps);
                    openedWith.bitrateKbps = wanted.bitrateKbps;
                } catch (EncoderException e) {
                    LOG.warn("{}: live bitrate change to {} kbps refused ({}); reopening", backend, wanted.bitrateKbps,
                            e.getMessage());
                    close();
                }
            }
            if (encoder != null) {
                return encoder;
            }
        }
        boolean hadEncoder = encoder != null;
        close();
        reopen = false;
        Map<String, EncoderFactory> available = backends.snapshot();
        StringBuilder why = new StringBuilder();
        for (String name : order) {
            EncoderFactory f = available.get(name);
            if (f == null) {
                why.append(name).append(": not installed; ");
                continue;
            }
            if (!f.codecs().contains(wanted.codec)) {
                why.append(name).append(": no ").append(wanted.codec).append("; ");
                continue;
            }
            if (!f.availability().available) {
                why.append(name).append(": ").append(f.availability().reason).append("; ");
                continue;
            }
            try {
                encoder = f.open(wanted);
                factory = f;
                openedWith = wanted.copy();
                backend = f.name();
                parameterSets = encoder.parameterSets();
                generation++;
                if (hadEncoder) {
                    switches++;
                }
                lastProblem = "";
                LOG.info("Encoding with {}: {}{}", f.name(), encoder.settings(),
                        encoder.ignoredSettings().isEmpty() ? "" : " (ignored: " + encoder.ignoredSettings() + ")");
                return encoder;
            } catch (EncoderException | RuntimeException e) {
                why.append(name).append(": ").append(e.getMessage()).append("; ");
            }
        }
        String problem = "no encoder backend can encode " + wanted.codec + ": " + why;
        if (!problem.equals(lastProblem)) {
            LOG.error(problem);
            lastProblem = problem;
        }
        backend = "";
        return null;
    }

    private static boolean sameButBitrate(EncoderSettings a, EncoderSettings b) {
        EncoderSettings x = a.copy();
        x.bitrateKbps = b.bitrateKbps;
        return x.toString().equals(b.toString()) && x.codec == b.codec && x.inputFormat == b.inputFormat
                && x.crf == b.crf && x.vbvBufferKbit == b.vbvBufferKbit && x.entropyCoding.equals(b.entropyCoding)
                && x.motionEstimation.equals(b.motionEstimation) && x.subpixelRefinement == b.subpixelRefinement
                && x.slices == b.slices && x.intraRefresh == b.intraRefresh;
    }

    /** Any thread: reopen at the next frame (settings changed, a preferred backend appeared). */
    void reopen() {
        reopen = true;
    }

    /** Encode thread: a failed encode makes the next frame reopen. */
    void failed() {
        reopen = true;
    }

    /**
     * Any thread (a backend's unbind): returns once that backend's encoder is closed, or after
     * a timeout when the encode thread is stuck in the library.
     */
    void closeIfFrom(EncoderFactory f, long timeoutMs) {
        if (factory != f) {
            return;
        }
        CountDownLatch latch = new CountDownLatch(1);
        closed = latch;
        closing = f;
        try {
            if (!latch.await(timeoutMs, TimeUnit.MILLISECONDS)) {
                LOG.warn("encoder of {} still busy after {} ms while its backend went away", f.name(), timeoutMs);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Encode thread, between frames. */
    void honourClose() {
        EncoderFactory f = closing;
        if (f != null) {
            if (factory == f) {
                close();
            }
            closing = null;
            closed.countDown();
        }
    }

    /** Encode thread: when no encoder is open there is nothing to close for a departing backend. */
    void idle() {
        honourClose();
    }

    void close() {
        if (encoder != null) {
            try {
                encoder.close();
            } catch (RuntimeException e) {
                LOG.warn("closing {} failed: {}", backend, e.toString());
            }
            encoder = null;
            factory = null;
        }
    }

    String backend() {
        return backend;
    }

    ParameterSets parameterSets() {
        return parameterSets;
    }

    int generation() {
        return generation;
    }

    synchronized long switches() {
        return switches;
    }
}
