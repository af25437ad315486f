package io.rotordream.encoder.x264.internal;

import static io.rotordream.encoder.x264.internal.X264Layout.*;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.sun.jna.CallbackReference;

import io.rotordream.encoder.support.FrameRing;
import io.rotordream.video.api.Frame;
import io.rotordream.video.api.PixelFormat;
import io.rotordream.video.api.encoder.EncodedPicture;
import io.rotordream.video.api.encoder.Encoder;
import io.rotordream.video.api.encoder.EncoderException;
import io.rotordream.video.api.encoder.EncoderSettings;
import io.rotordream.video.api.encoder.ParameterSets;

/**
 * One open x264 encoder. Encoding, flushing and reconfiguring hold one lock: x264.h forbids
 * x264_encoder_reconfig and x264_encoder_intra_refresh during x264_encoder_encode, and
 * {@link #setBitrate} may come from another thread.
 */
final class X264Encoder implements Encoder {

    private static final Logger LOG = LoggerFactory.getLogger(X264Encoder.class);

    private final Object lock = new Object();
    private final EncoderSettings requested;
    private final EncoderSettings applied;
    private final List<String> ignored;
    private final ParameterSets parameterSets;
    private final X264Params params;
    /** x264_encoder_parameters target, edited and handed to x264_encoder_reconfig. */
    private final X264Params scratch;
    /** Held for as long as x264 may call it: JNA frees a callback's trampoline once unreachable. */
    private final X264Log log;
    private final InputPicture input;
    private final EncodedOutput output;
    private final FrameRing timestamps;
    private final double openedFps;
    private long handle;
    private long nextPts;
    private long lastDtsNanos = Long.MIN_VALUE;
    private long frameIntervalNanos;
    private volatile boolean keyframeRequested;

    private X264Encoder(EncoderSettings requested, X264Params params, X264Log log, long handle)
            throws EncoderException {
        this.requested = requested;
        this.params = params;
        this.log = log;
        this.handle = handle;
        this.scratch = X264Params.forCopy();
        this.input = new InputPicture(requested.inputFormat, requested.width, requested.height);
        this.output = new EncodedOutput();
        try {
            this.parameterSets = output.headers(handle);
        } catch (EncoderException e) {
            scratch.close();
            input.close();
            output.close();
            throw e;
        }
        X264Native.x264_encoder_parameters(handle, scratch.address);
        this.applied = AppliedSettings.read(requested, scratch, parameterSets);
        this.ignored = AppliedSettings.ignored(requested, applied);
        // Pictures come back after at most the maximum delay, and their dts name frames up to the
        // B-frame depth before them.
        int inFlight = X264Native.x264_encoder_maximum_delayed_frames(handle) + applied.bFrames + 2;
        this.timestamps = new FrameRing(2 * inFlight);
        this.openedFps = (double) requested.fpsNum / requested.fpsDen;
        this.frameIntervalNanos = 1_000_000_000L * requested.fpsDen / requested.fpsNum;
    }

    static X264Encoder open(EncoderSettings settings) throws EncoderException {
        EncoderSettings s = settings.copy();
        X264Options.validate(s);
        X264Params params = X264Params.forOpen();
        long handle = 0;
        try {
            params.preset(s.preset, X264Options.tune(s));
            for (X264Option option : X264Options.options(s)) {
                params.parse(option);
            }
            // x264_param_parse has no options for these (the x264 CLI takes them from its input).
            params.setInt(PARAM_I_WIDTH, s.width);
            params.setInt(PARAM_I_HEIGHT, s.height);
            params.setInt(PARAM_I_CSP, s.inputFormat == PixelFormat.NV12 ? CSP_NV12 : CSP_I420);
            X264Log log = new X264Log();
            params.setPointer(PARAM_PF_LOG, CallbackReference.getFunctionPointer(log));
            params.setPointer(PARAM_P_LOG_PRIVATE, null);
            params.profile(s.profile);
            handle = X264Native.x264_encoder_open_164(params.address);
            if (handle == 0) {
                throw new EncoderException("x264 refused " + s + ": " + log.lastError());
            }
            X264Encoder encoder = new X264Encoder(s, params, log, handle);
            LOG.info("x264 opened {}{}", encoder.applied, encoder.ignored.isEmpty() ? "" : ", ignored " + encoder.ignored);
            return encoder;
        } catch (EncoderException | RuntimeException e) {
            if (handle != 0) {
                X264Native.x264_encoder_close(handle);
            }
            params.close();
            throw e;
        }
    }

    @Override
    public EncoderSettings settings() {
        synchronized (lock) {
            return applied.copy();
        }
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
        synchronized (lock) {
            long h = requireOpen();
            long pts = nextPts;
            input.set(frame, pts);
            // Consumed only once the frame is accepted, so a refused frame does not lose a request.
            if (keyframeRequested) {
                keyframeRequested = false;
                if (applied.intraRefresh) {
                    X264Native.x264_encoder_intra_refresh(h);
                } else {
                    input.forceIdr();
                }
            }
            timestamps.put(pts, frame.captureNanos(), frame.sequence(), frame.captureEpochMicros());
            int bytes = X264Native.x264_encoder_encode(h, output.nalArrayCell, output.nalCountCell, input.address,
                    output.pictureAddress);
            if (bytes < 0) {
                throw new EncoderException("x264_encoder_encode failed (" + bytes + "): " + log.lastError());
            }
            nextPts++;
            return bytes > 0 && emit(bytes, out);
        }
    }

    @Override
    public boolean flush(EncodedPicture out) throws EncoderException {
        synchronized (lock) {
            while (handle != 0 && X264Native.x264_encoder_delayed_frames(handle) > 0) {
                // x264.h: a NULL input picture drains the delayed frames.
                int bytes = X264Native.x264_encoder_encode(handle, output.nalArrayCell, output.nalCountCell, 0L,
                        output.pictureAddress);
                if (bytes < 0) {
                    throw new EncoderException("x264_encoder_encode (flush) failed (" + bytes + "): "
                            + log.lastError());
                }
                if (bytes > 0) {
                    return emit(bytes, out);
                }
            }
            return false;
        }
    }

    private boolean emit(int bytes, EncodedPicture out) throws EncoderException {
        output.copyTo(bytes, out);
        long pts = output.pts();
        if (!timestamps.has(pts)) {
            throw new EncoderException("x264 returned pts " + pts + " outside the " + timestamps.size()
                    + "-frame timestamp ring");
        }
        long ptsNanos = timestamps.captureNanos(pts);
        long dts = output.dts();
        // x264's dts is the pts of an earlier frame, or before the first frame (negative) while
        // B-frames fill the reorder delay: then it is extrapolated at the frame interval.
        long dtsNanos = timestamps.has(dts) ? timestamps.captureNanos(dts)
                : ptsNanos - (pts - dts) * frameIntervalNanos;
        // Jittery capture clocks must not break what muxers rely on: dts <= pts, never decreasing.
        dtsNanos = Math.max(Math.min(dtsNanos, ptsNanos), lastDtsNanos);
        lastDtsNanos = dtsNanos;
        out.keyframe = output.keyframe();
        out.ptsNanos = ptsNanos;
        out.dtsNanos = dtsNanos;
        out.frameSequence = timestamps.sequence(pts);
        out.captureEpochMicros = timestamps.epochMicros(pts);
        return true;
    }

    @Override
    public void requestKeyframe() {
        keyframeRequested = true;
    }

    @Override
    public void setBitrate(int kbps) throws EncoderException {
        if (kbps <= 0) {
            throw new EncoderException("x264: bitrate " + kbps + " kbps must be positive");
        }
        synchronized (lock) {
            requireOpen();
            reconfigure(kbps, applied.fpsNum, applied.fpsDen);
            applied.bitrateKbps = kbps;
        }
    }

    /**
     * x264_encoder_reconfig does not take i_fps_num/i_fps_den (checked against libx264 164: they
     * stay as opened), so the stream keeps the SPS timing it opened with and the rate-control
     * targets are scaled instead, keeping the real bitrate at the new frame rate.
     */
    @Override
    public void setFrameRate(int num, int den) throws EncoderException {
        if (num <= 0 || den <= 0) {
            throw new EncoderException("x264: frame rate " + num + "/" + den + " must be positive");
        }
        synchronized (lock) {
            requireOpen();
            reconfigure(applied.bitrateKbps, num, den);
            applied.fpsNum = num;
            applied.fpsDen = den;
            frameIntervalNanos = 1_000_000_000L * den / num;
        }
    }

    private void reconfigure(int kbps, int fpsNum, int fpsDen) throws EncoderException {
        double fpsScale = openedFps / ((double) fpsNum / fpsDen);
        RateValues r = RateValues.of(requested.rateControl, kbps, requested.vbvBufferKbit, fpsScale);
        X264Native.x264_encoder_parameters(handle, scratch.address);
        if (r.bitrateKbps() > 0) {
            scratch.setInt(PARAM_RC_I_BITRATE, r.bitrateKbps());
        }
        scratch.setInt(PARAM_RC_I_VBV_MAX_BITRATE, r.vbvMaxKbps());
        scratch.setInt(PARAM_RC_I_VBV_BUFFER_SIZE, r.vbvBufferKbit());
        if (X264Native.x264_encoder_reconfig(handle, scratch.address) < 0) {
            throw new EncoderException("x264 refused " + kbps + " kbps at " + fpsNum + "/" + fpsDen + " fps: "
                    + log.lastError());
        }
    }

    private long requireOpen() throws EncoderException {
        if (handle == 0) {
            throw new EncoderException("x264 encoder is closed");
        }
        return handle;
    }

    @Override
    public void close() {
        synchronized (lock) {
            if (handle == 0) {
                return;
            }
            X264Native.x264_encoder_close(handle);
            handle = 0;
            params.close();
            scratch.close();
            input.close();
            output.close();
        }
    }
}
