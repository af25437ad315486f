package io.rotordream.encoder.x265.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.sun.jna.Memory;
import com.sun.jna.Pointer;

import io.rotordream.encoder.support.DirectAddresses;
import io.rotordream.encoder.support.FrameRing;
import io.rotordream.video.api.Frame;
import io.rotordream.video.api.encoder.EncodedPicture;
import io.rotordream.video.api.encoder.Encoder;
import io.rotordream.video.api.encoder.EncoderException;
import io.rotordream.video.api.encoder.EncoderSettings;
import io.rotordream.video.api.encoder.ParameterSets;

/**
 * One open libx265 encoder. Per frame: one x265_encoder_encode through direct mapping, writes
 * into preallocated native structs, memcpy of the NAL units; nothing is allocated.
 *
 * <p>Bitrate changes restart the encoder instead of calling x265_encoder_reconfig: libx265 3.5
 * accepts the reconfigure (returns 0, runs RateControl::reconfigureRC) but its rate control reads
 * a different x265_param than the one the encoder updates, so the rate never changes (measured,
 * and traced with gdb). A restart makes the next picture an IDR with the same VPS/SPS/PPS (the
 * level is pinned, unless the new rate needs a higher one), and is only done when x265 holds no
 * pictures back, so none are lost.
 */
final class X265Encoder implements Encoder {

    private static final Logger LOG = LoggerFactory.getLogger(X265Encoder.class);

    /** The caches see the frame pool's buffers plus the encoding pool's; more only costs a lookup. */
    private static final int ADDRESS_SLOTS = 64;

    private final List<String> ignored;
    private final boolean holdsPictures;
    private final Memory nalArray = new Memory(8);
    private final Memory nalCount = new Memory(4);
    private final FrameRing ring;
    private final X265Input input;
    private final X265Output output;
    private final AtomicInteger pendingKbps = new AtomicInteger();
    private final AtomicBoolean keyframeRequested = new AtomicBoolean();
    private X265Session session;
    /** The level x265 chose (or was given), pinned across restarts while it allows the rate. */
    private String level;
    private volatile ParameterSets parameterSets;
    private volatile EncoderSettings settings;
    private long pictureIndex;
    private boolean flushing;
    private boolean closed;

    private X265Encoder(X265Session session, EncoderSettings applied, List<String> ignored) throws EncoderException {
        this.session = session;
        this.ignored = List.copyOf(ignored);
        this.settings = applied;
        this.parameterSets = X265Headers.read(session.encoder);
        this.level = applied.level.isEmpty() ? X265Headers.level(parameterSets) : applied.level;
        Memory params = session.appliedParams();
        int lookahead = params.getInt(X265Layout.PARAM_LOOKAHEAD_DEPTH);
        int bFrames = params.getInt(X265Layout.PARAM_BFRAMES);
        int frameThreads = params.getInt(X265Layout.PARAM_FRAME_THREADS);
        this.holdsPictures = lookahead > 0 || bFrames > 0 || frameThreads > 1;
        this.ring = new FrameRing(2 * (lookahead + bFrames + frameThreads) + 8);
        DirectAddresses addresses = new DirectAddresses(ADDRESS_SLOTS);
        this.input = new X265Input(applied.width, applied.height, applied.inputFormat, addresses);
        this.output = new X265Output(nalArray, nalCount, ring, addresses);
        LOG.info("x265 opened: {}, level {}, frame-threads {}, lookahead {}, ignored {}", applied, level, frameThreads,
                lookahead, ignored);
    }

    static X265Encoder open(EncoderSettings requested) throws EncoderException {
        EncoderSettings s = requested.copy();
        X265Options options = X265Options.of(s);
        List<String> ignored = new ArrayList<>(options.ignored);
        X265Session session = X265Session.open(options, ignored);
        try {
            s.tune = session.tune == null ? "" : session.tune;
            session.applyTo(s);
            return new X265Encoder(session, s, ignored);
        } catch (EncoderException | RuntimeException | Error e) {
            session.close();
            throw e;
        }
    }

    @Override
    public EncoderSettings settings() {
        return settings.copy();
    }

    @Override
    public List<String> ignoredSettings() {
        return ignored;
    }

    @Override
    public ParameterSets parameterSets() {
        return parameterSets;
    }

    @Override
    public boolean encode(Frame frame, EncodedPicture out) throws EncoderException {
        if (closed || flushing) {
            throw new EncoderException(closed ? "encoder closed" : "encoder flushed: no more frames");
        }
        int kbps = pendingKbps.getAndSet(0);
        if (kbps != 0) {
            restart(kbps);
        }
        Pointer picture = session.pictureIn;
        input.set(frame, picture);
        long index = pictureIndex++;
        ring.put(index, frame.captureNanos(), frame.sequence(), frame.captureEpochMicros());
        picture.setLong(X265Layout.PICTURE_PTS, frame.captureNanos());
        picture.setLong(X265Layout.PICTURE_USER_DATA, index);
        picture.setInt(X265Layout.PICTURE_SLICE_TYPE,
                keyframeRequested.getAndSet(false) ? X265Layout.TYPE_IDR : X265Layout.TYPE_AUTO);
        return encodeCall(picture, out);
    }

    @Override
    public boolean flush(EncodedPicture out) throws EncoderException {
        if (closed) {
            throw new EncoderException("encoder closed");
        }
        flushing = true;
        return encodeCall(null, out);
    }

    private boolean encodeCall(Pointer picture, EncodedPicture out) throws EncoderException {
        int result = X265Native.x265_encoder_encode(session.encoder, nalArray, nalCount, picture, session.pictureOut);
        if (result < 0) {
            throw new EncoderException("x265_encoder_encode failed: " + result);
        }
        return result > 0 && output.write(out, session.pictureOut);
    }

    @Override
    public void requestKeyframe() {
        keyframeRequested.set(true);
    }

    @Override
    public void setBitrate(int kbps) throws EncoderException {
        if (kbps <= 0) {
            throw new EncoderException("bitrate must be positive, not " + kbps);
        }
        if (holdsPictures) {
            throw new EncoderException("x265 cannot change the bitrate of an encoder that holds pictures back"
                    + " (lookahead, B-frames, frame threads): libx265 3.5 ignores x265_encoder_reconfig for rate"
                    + " control, and a restart would drop them; reopen at " + kbps + " kbps");
        }
        pendingKbps.set(kbps);
    }

    /** On the encode thread, between pictures. */
    private void restart(int kbps) throws EncoderException {
        EncoderSettings next = settings.copy();
        next.bitrateKbps = kbps;
        next.level = level;
        X265Session fresh = X265Session.open(X265Options.of(next), new ArrayList<>());
        if (fresh.appliedParams().getInt(X265Layout.PARAM_RC_VBV_MAX_BITRATE) < X265Options.maxRateKbps(next)) {
            // x265 lowers the VBV rate to what a forced level allows: let it choose a higher level
            fresh.close();
            next.level = settings.level;
            fresh = X265Session.open(X265Options.of(next), new ArrayList<>());
        }
        session.close();
        session = fresh;
        ParameterSets sets = X265Headers.read(fresh.encoder);
        if (!sets.equals(parameterSets)) {
            level = X265Headers.level(sets);
            LOG.info("x265 parameter sets changed with the bitrate ({} kbps, level {})", kbps, level);
            parameterSets = sets;
        }
        next.level = settings.level;
        settings = next;
    }

    @Override
    public void setFrameRate(int num, int den) throws EncoderException {
        EncoderSettings current = settings;
        if ((long) num * current.fpsDen == (long) current.fpsNum * den) {
            return;
        }
        throw new EncoderException("x265 cannot change the frame rate of an open encoder (x265_encoder_reconfig"
                + " leaves fps alone); reopen it at " + num + "/" + den);
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        session.close();
        input.close();
        nalArray.close();
        nalCount.close();
    }
}
