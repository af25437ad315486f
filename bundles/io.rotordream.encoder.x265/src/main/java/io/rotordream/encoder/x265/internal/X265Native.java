package io.rotordream.encoder.x265.internal;

import com.sun.jna.Pointer;

/**
 * libx265's C API (x265.h, API build 199) through JNA direct mapping: bound by
 * {@link X265Library#load} with Native.register, so calls cost a JNI transition and no
 * allocation (Pointer and primitive arguments only on the per-frame path). x265_encoder_reconfig
 * is left out on purpose: see {@link X265Encoder}.
 */
final class X265Native {

    private X265Native() {
    }

    static native Pointer x265_param_alloc();

    static native void x265_param_free(Pointer param);

    /** @param tune {@code null} for none; returns 0, or negative for an unknown preset or tune */
    static native int x265_param_default_preset(Pointer param, String preset, String tune);

    /** @return 0, X265_PARAM_BAD_NAME or X265_PARAM_BAD_VALUE */
    static native int x265_param_parse(Pointer param, String name, String value);

    static native int x265_param_apply_profile(Pointer param, String profile);

    /** The versioned name x265.h maps x265_encoder_open to; a library of another build lacks it. */
    static native Pointer x265_encoder_open_199(Pointer param);

    static native int x265_encoder_headers(Pointer encoder, Pointer nalArray, Pointer nalCount);

    /** @param pictureIn {@code null} to drain delayed pictures */
    static native int x265_encoder_encode(Pointer encoder, Pointer nalArray, Pointer nalCount, Pointer pictureIn,
            Pointer pictureOut);

    /** Copies the encoder's params (as adjusted at open) into {@code out}, sizeof(x265_param) bytes. */
    static native void x265_encoder_parameters(Pointer encoder, Pointer out);

    static native void x265_encoder_close(Pointer encoder);

    static native Pointer x265_picture_alloc();

    static native void x265_picture_init(Pointer param, Pointer picture);

    static native void x265_picture_free(Pointer picture);

    /** @return the x265_api of that bit depth, or {@code null} with the reason code in {@code error} */
    static native Pointer x265_api_query(int bitDepth, int apiVersion, Pointer error);
}
