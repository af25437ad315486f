package io.rotordream.encoder.x265.internal;

import java.util.List;
import java.util.Map;

import com.sun.jna.Memory;
import com.sun.jna.Pointer;

import io.rotordream.video.api.encoder.EncoderException;
import io.rotordream.video.api.encoder.EncoderSettings;
import io.rotordream.video.api.encoder.RateControl;

/**
 * The native objects of one encoder: the x265_param it was opened with (x265_encoder_open copies
 * it; ours is kept for x265_picture_init), the encoder, an input and an output picture.
 */
final class X265Session implements AutoCloseable {

    final Pointer param;
    final Pointer encoder;
    final Pointer pictureIn;
    final Pointer pictureOut;
    /** {@code null} when x265 refused the requested tune and it was dropped. */
    final String tune;
    private final Memory applied = new Memory(X265Layout.PARAM_SIZE);
    private boolean closed;

    private X265Session(Pointer param, Pointer encoder, Pointer pictureIn, Pointer pictureOut, String tune) {
        this.param = param;
        this.encoder = encoder;
        this.pictureIn = pictureIn;
        this.pictureOut = pictureOut;
        this.tune = tune;
    }

    /** @param ignored receives the tune when x265 does not know it */
    static X265Session open(X265Options options, List<String> ignored) throws EncoderException {
        Pointer param = X265Native.x265_param_alloc();
        if (param == null) {
            throw new EncoderException("x265_param_alloc failed");
        }
        Pointer encoder = null;
        Pointer in = null;
        Pointer out = null;
        try {
            String tune = options.tune;
            if (X265Native.x265_param_default_preset(param, options.preset, tune) < 0) {
                if (tune == null || X265Native.x265_param_default_preset(param, options.preset, null) < 0) {
                    throw new EncoderException("x265 has no preset " + options.preset);
                }
                ignored.add("tune " + tune + " (not an x265 tune)");
                tune = null;
            }
            for (Map.Entry<String, String> option : options.params.entrySet()) {
                parse(param, option.getKey(), option.getValue());
            }
            if (X265Native.x265_param_apply_profile(param, X265Options.PROFILE) != 0) {
                throw new EncoderException("x265 cannot apply profile " + X265Options.PROFILE + " to these settings");
            }
            encoder = X265Native.x265_encoder_open_199(param);
            if (encoder == null) {
                throw new EncoderException("x265 refused the settings " + options.params + " (its log on stderr says why)");
            }
            in = X265Native.x265_picture_alloc();
            out = X265Native.x265_picture_alloc();
            if (in == null || out == null) {
                throw new EncoderException("x265_picture_alloc failed");
            }
            X265Native.x265_picture_init(param, in);
            X265Native.x265_picture_init(param, out);
            return new X265Session(param, encoder, in, out, tune);
        } catch (EncoderException | RuntimeException | Error e) {
            free(param, encoder, in, out);
            throw e;
        }
    }

    /**
     * The encoder's params as x265 adjusted them at open (auto threads, lookahead, clamped values).
     * x265_encoder_parameters deep-copies (x265_copy_params strdups the strings it holds), so the
     * copy goes into memory of ours that x265 never frees.
     */
    Memory appliedParams() {
        X265Native.x265_encoder_parameters(encoder, applied);
        return applied;
    }

    /** Writes what x265 made of the settings at open into {@code s}. */
    void applyTo(EncoderSettings s) {
        Memory applied = appliedParams();
        s.profile = X265Options.PROFILE;
        s.entropyCoding = "cabac";
        s.gopSize = applied.getInt(X265Layout.PARAM_KEYFRAME_MAX);
        s.bFrames = applied.getInt(X265Layout.PARAM_BFRAMES);
        s.referenceFrames = applied.getInt(X265Layout.PARAM_MAX_REFERENCES);
        s.slices = applied.getInt(X265Layout.PARAM_MAX_SLICES);
        if (s.rateControl != RateControl.CRF) {
            s.bitrateKbps = applied.getInt(X265Layout.PARAM_RC_BITRATE);
        }
    }

    private static void parse(Pointer param, String name, String value) throws EncoderException {
        int result = X265Native.x265_param_parse(param, name, value);
        if (result == X265Layout.PARAM_BAD_NAME) {
            throw new EncoderException("x265 has no option " + name);
        }
        if (result != 0) {
            throw new EncoderException("x265 refused " + name + "=" + value);
        }
    }

    @Override
    public void close() {
        if (!closed) {
            closed = true;
            free(param, encoder, pictureIn, pictureOut);
            applied.close();
        }
    }

    private static void free(Pointer param, Pointer encoder, Pointer in, Pointer out) {
        if (encoder != null) {
            X265Native.x265_encoder_close(encoder);
        }
        if (in != null) {
            X265Native.x265_picture_free(in);
        }
        if (out != null) {
            X265Native.x265_picture_free(out);
        }
        X265Native.x265_param_free(param);
    }
}
