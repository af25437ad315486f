package io.rotordream.encoder.x264.internal;

import static io.rotordream.encoder.x264.internal.X264Layout.PARAM_SIZE;

import com.sun.jna.Memory;
import com.sun.jna.Pointer;

import io.rotordream.video.api.encoder.EncoderException;

/** One x264_param_t in native memory, set through x264's own functions wherever they reach. */
final class X264Params implements AutoCloseable {

    private final Memory memory;
    final long address;
    /**
     * x264_param_parse may allocate strings that x264_param_cleanup frees; a copy filled by
     * x264_encoder_parameters points at the encoder's own strings and must never be cleaned.
     */
    private final boolean ownsStrings;
    private boolean closed;

    private X264Params(boolean ownsStrings) {
        this.memory = new Memory(PARAM_SIZE);
        this.memory.clear();
        this.address = Pointer.nativeValue(memory);
        this.ownsStrings = ownsStrings;
    }

    /** Parameters to open an encoder with. */
    static X264Params forOpen() {
        return new X264Params(true);
    }

    /** Room for x264_encoder_parameters to copy an open encoder's parameters into. */
    static X264Params forCopy() {
        return new X264Params(false);
    }

    void preset(String preset, String tune) throws EncoderException {
        if (X264Native.x264_param_default_preset(address, preset, tune) < 0) {
            throw new EncoderException("x264 refused preset '" + preset + "' with tune '" + tune + "'");
        }
    }

    void parse(X264Option option) throws EncoderException {
        int rc = X264Native.x264_param_parse(address, option.name(), option.value());
        if (rc != 0) {
            // x264.h: X264_PARAM_BAD_NAME -1, X264_PARAM_BAD_VALUE -2
            String why = rc == -1 ? "unknown option" : rc == -2 ? "bad value" : "error " + rc;
            throw new EncoderException("x264 refused option " + option + " (" + why + ")");
        }
    }

    void profile(String profile) throws EncoderException {
        if (X264Native.x264_param_apply_profile(address, profile) < 0) {
            throw new EncoderException("x264 refused profile '" + profile + "' for these settings");
        }
    }

    int getInt(int offset) {
        return memory.getInt(offset);
    }

    void setInt(int offset, int value) {
        memory.setInt(offset, value);
    }

    void setPointer(int offset, Pointer value) {
        memory.setPointer(offset, value);
    }

    @Override
    public void close() {
        if (!closed) {
            closed = true;
            if (ownsStrings) {
                X264Native.x264_param_cleanup(address);
            }
            memory.close();
        }
    }
}
