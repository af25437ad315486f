package io.rotordream.encoder.openh264.internal;

import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.sun.jna.Memory;

import io.rotordream.encoder.support.DirectAddresses;
import io.rotordream.video.api.Frame;
import io.rotordream.video.api.encoder.EncodedPicture;
import io.rotordream.video.api.encoder.Encoder;
import io.rotordream.video.api.encoder.EncoderException;
import io.rotordream.video.api.encoder.EncoderSettings;
import io.rotordream.video.api.encoder.ParameterSets;
import io.rotordream.video.api.encoder.RateControl;

/**
 * One open OpenH264 encoder. Per frame: the preallocated SSourcePicture is pointed at the planes,
 * EncodeFrame runs through the vtable, the layers are memcpy'd into the caller's buffer. Changes
 * asked for from other threads (bitrate, frame rate, keyframe) are applied on the encode thread
 * just before the next EncodeFrame, since the library must not be called concurrently.
 */
final class OpenH264Encoder implements Encoder {

    private static final Logger LOG = LoggerFactory.getLogger(OpenH264Encoder.class);

    /** The caches see the frame pool's buffers plus the encoding pool's; more only costs a lookup. */
    private static final int ADDRESS_SLOTS = 64;

    private final OpenH264Session session;
    private final List<String> ignored;
    private final ParameterSets parameterSets;
    private final OpenH264Input input;
    private final OpenH264Output output;
    private final Memory bitrateInfo = new Memory(OpenH264Layout.BITRATE_INFO_SIZE);
    private final Memory frameRate = new Memory(4);
    private final AtomicInteger pendingKbps = new AtomicInteger();
    /** num << 32 | den, 0 for none. */
    private final AtomicLong pendingRate = new AtomicLong();
    private final AtomicBoolean keyframeRequested = new AtomicBoolean();
    private volatile EncoderSettings settings;
    private boolean closed;

    private OpenH264Encoder(OpenH264Session session, EncoderSettings applied, List<String> ignored)
            throws EncoderException {
        this.session = session;
        this.ignored = List.copyOf(ignored);
        this.settings = applied;
        DirectAddresses addresses = new DirectAddresses(ADDRESS_SLOTS);
        this.input = new OpenH264Input(applied.width, applied.height, applied.inputFormat, addresses);
        this.output = new OpenH264Output(addresses);
        this.parameterSets = session.parameterSets(output.frameInfo);
        LOG.info("OpenH264 opened: {}, profile-level-id {}, ignored {}", applied, parameterSets.profileLevelId(),
                ignored);
    }

    static OpenH264Encoder open(EncoderSettings requested, boolean directEncodeFrame) throws EncoderException {
        EncoderSettings s = requested.copy();
        OpenH264Config config = OpenH264Config.of(s);
        OpenH264Session session = OpenH264Session.open(config, directEncodeFrame);
        try {
            s.profile = OpenH264Config.PROFILE;
            s.entropyCoding = "cavlc";
            s.bFrames = 0;
            session.applyTo(s);
            return new OpenH264Encoder(session, s, config.ignored);
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
        if (closed) {
            throw new EncoderException("encoder closed");
        }
        applyPendingChanges();
        input.set(frame);
        if (keyframeRequested.getAndSet(false) && session.vtable.forceIntraFrame() != 0) {
            LOG.warn("OpenH264 refused ForceIntraFrame; the next keyframe comes with the GOP");
        }
        int result = session.vtable.encodeFrame(input.source, output.frameInfo);
        if (result != 0) {
            throw new EncoderException("OpenH264 EncodeFrame failed: " + result);
        }
        return output.write(frame, out);
    }

    /** OpenH264 emits every picture from its own EncodeFrame call: nothing is held back. */
    @Override
    public boolean flush(EncodedPicture out) throws EncoderException {
        if (closed) {
            throw new EncoderException("encoder closed");
        }
        return false;
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
        pendingKbps.set(kbps);
    }

    @Override
    public void setFrameRate(int num, int den) throws EncoderException {
        if (num <= 0 || den <= 0) {
            throw new EncoderException("frame rate must be positive, not " + num + "/" + den);
        }
        pendingRate.set((long) num << 32 | den);
    }

    /**
     * Both changes were asked for from another thread: a refusal is logged, the stream goes on
     * as it was, and settings() keeps saying how.
     */
    private void applyPendingChanges() {
        long rate = pendingRate.getAndSet(0);
        if (rate != 0) {
            int num = (int) (rate >>> 32);
            int den = (int) rate;
            frameRate.setFloat(0, (float) num / den);
            int result = session.vtable.setOption(OpenH264Layout.OPTION_FRAME_RATE, frameRate);
            if (result == 0) {
                EncoderSettings next = settings.copy();
                next.fpsNum = num;
                next.fpsDen = den;
                settings = next;
            } else {
                LOG.warn("OpenH264 refused frame rate {}/{} (SetOption {})", num, den, result);
            }
        }
        int kbps = pendingKbps.getAndSet(0);
        if (kbps != 0) {
            try {
                applyBitrate(kbps);
            } catch (EncoderException e) {
                LOG.warn("{}; keeping {} kbps", e.getMessage(), settings.bitrateKbps);
            }
        }
    }

    /**
     * The maximum moves with the target (CBR: equal, VBR: the peak ratio above). OpenH264 keeps
     * two maxima, the stream's (SPATIAL_LAYER_ALL) and the layer's (SPATIAL_LAYER_0), and refuses
     * a target above the layer's, so when raising the maxima go first.
     */
    private void applyBitrate(int kbps) throws EncoderException {
        EncoderSettings current = settings;
        int target = kbps * 1000;
        int max = current.rateControl == RateControl.VBR
                ? (int) Math.round(target * OpenH264Config.VBR_PEAK_RATIO) : target;
        if (kbps > current.bitrateKbps) {
            setMaxima(max);
            setRate(OpenH264Layout.OPTION_BITRATE, OpenH264Layout.SPATIAL_LAYER_ALL, target);
        } else {
            setRate(OpenH264Layout.OPTION_BITRATE, OpenH264Layout.SPATIAL_LAYER_ALL, target);
            setMaxima(max);
        }
        EncoderSettings next = current.copy();
        next.bitrateKbps = kbps;
        settings = next;
    }

    private void setMaxima(int bps) throws EncoderException {
        setRate(OpenH264Layout.OPTION_MAX_BITRATE, OpenH264Layout.SPATIAL_LAYER_ALL, bps);
        setRate(OpenH264Layout.OPTION_MAX_BITRATE, OpenH264Layout.SPATIAL_LAYER_0, bps);
    }

    private void setRate(int option, int layer, int bps) throws EncoderException {
        bitrateInfo.setInt(0, layer);
        bitrateInfo.setInt(4, bps);
        check(session.vtable.setOption(option, bitrateInfo), (option == OpenH264Layout.OPTION_BITRATE ? "bitrate "
                : "max bitrate ") + bps + " bps");
    }

    private static void check(int result, String what) throws EncoderException {
        if (result != 0) {
            throw new EncoderException("OpenH264 refused " + what + " (SetOption " + result + ")");
        }
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        session.close();
        input.close();
        output.close();
        bitrateInfo.close();
        frameRate.close();
    }
}
