package io.rotordream.encoder.x264.internal;

/**
 * Sizes, field offsets and constants of x264 build 164 on LP64 (x86_64, aarch64), as the compiler
 * lays out /usr/include/x264.h. Only what {@code x264_param_parse} cannot reach is accessed by
 * offset. X264LayoutTest compiles x264_layout.c against the header and checks every value here;
 * {@link X264Library} checks the library's defaults land where these offsets say.
 */
final class X264Layout {

    static final int BUILD = 164;
    static final String OPEN_SYMBOL = "x264_encoder_open_" + BUILD;

    static final int PARAM_SIZE = 1024;
    static final int PICTURE_SIZE = 240;
    static final int NAL_SIZE = 40;

    // x264_param_t
    static final int PARAM_I_THREADS = 4;
    static final int PARAM_I_WIDTH = 28;
    static final int PARAM_I_HEIGHT = 32;
    static final int PARAM_I_CSP = 36;
    static final int PARAM_I_FRAME_REFERENCE = 92;
    static final int PARAM_I_KEYINT_MAX = 100;
    static final int PARAM_B_INTRA_REFRESH = 112;
    static final int PARAM_I_BFRAME = 116;
    static final int PARAM_B_CABAC = 160;
    static final int PARAM_PF_LOG = 512;
    static final int PARAM_P_LOG_PRIVATE = 520;
    static final int PARAM_I_LOG_LEVEL = 528;
    static final int PARAM_ANALYSE_I_ME_METHOD = 572;
    static final int PARAM_ANALYSE_I_SUBPEL_REFINE = 588;
    static final int PARAM_RC_I_RC_METHOD = 656;
    static final int PARAM_RC_I_BITRATE = 676;
    static final int PARAM_RC_F_RF_CONSTANT = 680;
    static final int PARAM_RC_I_VBV_MAX_BITRATE = 692;
    static final int PARAM_RC_I_VBV_BUFFER_SIZE = 696;
    static final int PARAM_B_REPEAT_HEADERS = 900;
    static final int PARAM_B_ANNEXB = 904;
    static final int PARAM_I_FPS_NUM = 920;
    static final int PARAM_I_FPS_DEN = 924;
    static final int PARAM_I_SLICE_COUNT = 988;

    // x264_picture_t
    static final int PIC_I_TYPE = 0;
    static final int PIC_B_KEYFRAME = 12;
    static final int PIC_I_PTS = 16;
    static final int PIC_I_DTS = 24;
    static final int PIC_IMG_I_CSP = 40;
    static final int PIC_IMG_I_PLANE = 44;
    static final int PIC_IMG_I_STRIDE = 48;
    static final int PIC_IMG_PLANE = 64;

    // x264_nal_t
    static final int NAL_I_TYPE = 4;
    static final int NAL_I_PAYLOAD = 20;
    static final int NAL_P_PAYLOAD = 24;

    static final int CSP_I420 = 2;
    static final int CSP_NV12 = 4;
    static final int TYPE_AUTO = 0;
    static final int TYPE_IDR = 1;
    static final int ME_HEX = 1;
    static final int RC_CRF = 1;
    static final int LOG_ERROR = 0;
    static final int LOG_WARNING = 1;
    static final int LOG_INFO = 2;

    private X264Layout() {
    }
}
