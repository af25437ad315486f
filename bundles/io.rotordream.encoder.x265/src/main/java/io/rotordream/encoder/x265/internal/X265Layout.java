package io.rotordream.encoder.x265.internal;

/**
 * Offsets into x265's structs and the constants this bundle uses, for x265.h of API build 199
 * (x265 3.5, LP64). X265LayoutTest compiles src/test/resources/x265_layout.c against the installed
 * header and compares every constant here by name with what the C compiler says.
 */
final class X265Layout {

    private X265Layout() {
    }

    static final int BUILD = 199;

    // x265_picture
    static final int PICTURE_PTS = 0;
    static final int PICTURE_DTS = 8;
    static final int PICTURE_USER_DATA = 16;
    static final int PICTURE_PLANES = 24;
    static final int PICTURE_STRIDE = 48;
    static final int PICTURE_SLICE_TYPE = 64;

    // x265_nal
    static final int NAL_SIZE = 16;
    static final int NAL_SIZE_BYTES = 4;
    static final int NAL_PAYLOAD = 8;

    // x265_param, read back after open to report the settings as applied
    static final int PARAM_SIZE = 1168;
    static final int PARAM_FRAME_THREADS = 4;
    static final int PARAM_MAX_REFERENCES = 100;
    static final int PARAM_KEYFRAME_MAX = 144;
    static final int PARAM_BFRAMES = 148;
    static final int PARAM_LOOKAHEAD_DEPTH = 164;
    static final int PARAM_RC_BITRATE = 424;
    static final int PARAM_RC_VBV_MAX_BITRATE = 496;
    static final int PARAM_MAX_SLICES = 732;

    // slice types (x265.h X265_TYPE_*) and x265_param_parse's unknown-name result
    static final int TYPE_AUTO = 0;
    static final int TYPE_IDR = 1;
    static final int PARAM_BAD_NAME = -1;
}
