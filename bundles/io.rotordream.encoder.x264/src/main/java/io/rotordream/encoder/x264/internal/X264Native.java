package io.rotordream.encoder.x264.internal;

import java.util.Objects;

import com.sun.jna.Native;
import com.sun.jna.NativeLibrary;

/**
 * libx264 through JNA direct mapping: every pointer travels as a {@code long} address, so a call
 * converts nothing and allocates nothing (the per-frame {@link #x264_encoder_encode} above all).
 * Strings appear only in calls made while opening an encoder.
 */
final class X264Native {

    /**
     * JNA binds direct-mapped natives per class, for the whole class loader, so the binding is
     * global by nature. It is recorded so a second activation of the factory does not register
     * again (JNA would keep the first set of method handles allocated for good); a new class
     * loader (bundle update) starts unbound.
     */
    private static NativeLibrary bound;

    private X264Native() {
    }

    static synchronized void bind(NativeLibrary library) {
        if (bound == null) {
            Native.register(X264Native.class, library);
            bound = library;
        } else if (bound != library && !Objects.equals(bound.getFile(), library.getFile())) {
            throw new UnsatisfiedLinkError("libx264 is already bound to " + bound.getFile() + " in this bundle");
        }
    }

    static native void x264_param_default(long param);

    static native int x264_param_default_preset(long param, String preset, String tune);

    static native int x264_param_apply_profile(long param, String profile);

    static native int x264_param_parse(long param, String name, String value);

    static native void x264_param_cleanup(long param);

    static native void x264_picture_init(long picture);

    static native long x264_encoder_open_164(long param);

    static native void x264_encoder_parameters(long encoder, long param);

    static native int x264_encoder_reconfig(long encoder, long param);

    static native int x264_encoder_headers(long encoder, long nalArrayCell, long nalCountCell);

    static native int x264_encoder_encode(long encoder, long nalArrayCell, long nalCountCell, long pictureIn,
            long pictureOut);

    static native int x264_encoder_delayed_frames(long encoder);

    static native int x264_encoder_maximum_delayed_frames(long encoder);

    static native void x264_encoder_intra_refresh(long encoder);

    static native void x264_encoder_close(long encoder);

    /** Every symbol above, which {@link X264Library} looks up before binding. */
    static final String[] SYMBOLS = { "x264_param_default", "x264_param_default_preset", "x264_param_apply_profile",
            "x264_param_parse", "x264_param_cleanup", "x264_picture_init", X264Layout.OPEN_SYMBOL,
            "x264_encoder_parameters", "x264_encoder_reconfig", "x264_encoder_headers", "x264_encoder_encode",
            "x264_encoder_delayed_frames", "x264_encoder_maximum_delayed_frames", "x264_encoder_intra_refresh",
            "x264_encoder_close" };
}
