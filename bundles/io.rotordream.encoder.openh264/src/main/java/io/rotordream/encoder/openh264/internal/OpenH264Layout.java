package io.rotordream.encoder.openh264.internal;

/**
 * Offsets into OpenH264's structs and the enum values this bundle uses, for the 2.x headers
 * (codec_api.h, codec_app_def.h, codec_def.h; LP64). OpenH264LayoutTest compiles
 * src/test/resources/openh264_layout.c against the installed headers and compares every constant
 * here by name with what the C compiler says.
 */
final class OpenH264Layout {

    private OpenH264Layout() {
    }

    static final int VERSION_MAJOR = 2;

    // ISVCEncoderVtbl (codec_api.h, C view): byte offsets of the function pointers
    static final int VTBL_INITIALIZE_EXT = 8;
    static final int VTBL_GET_DEFAULT_PARAMS = 16;
    static final int VTBL_UNINITIALIZE = 24;
    static final int VTBL_ENCODE_FRAME = 32;
    static final int VTBL_ENCODE_PARAMETER_SETS = 40;
    static final int VTBL_FORCE_INTRA_FRAME = 48;
    static final int VTBL_SET_OPTION = 56;
    static final int VTBL_GET_OPTION = 64;

    // SEncParamExt
    static final int PARAM_SIZE = 920;
    static final int PARAM_USAGE_TYPE = 0;
    static final int PARAM_WIDTH = 4;
    static final int PARAM_HEIGHT = 8;
    static final int PARAM_TARGET_BITRATE = 12;
    static final int PARAM_RC_MODE = 16;
    static final int PARAM_MAX_FRAME_RATE = 20;
    static final int PARAM_TEMPORAL_LAYERS = 24;
    static final int PARAM_SPATIAL_LAYERS = 28;
    static final int PARAM_LAYER0 = 32;
    static final int PARAM_COMPLEXITY = 832;
    static final int PARAM_INTRA_PERIOD = 836;
    static final int PARAM_NUM_REF_FRAME = 840;
    static final int PARAM_SPS_PPS_ID_STRATEGY = 844;
    static final int PARAM_PREFIX_NAL = 848;
    static final int PARAM_ENTROPY_CODING = 856;
    static final int PARAM_ENABLE_FRAME_SKIP = 860;
    static final int PARAM_MAX_BITRATE = 864;
    static final int PARAM_MAX_QP = 868;
    static final int PARAM_MIN_QP = 872;
    static final int PARAM_THREADS = 892;
    static final int PARAM_SCENE_CHANGE_DETECT = 912;

    // SSpatialLayerConfig, sSpatialLayers[0] at PARAM_LAYER0
    static final int LAYER_WIDTH = 0;
    static final int LAYER_HEIGHT = 4;
    static final int LAYER_FRAME_RATE = 8;
    static final int LAYER_BITRATE = 12;
    static final int LAYER_MAX_BITRATE = 16;
    static final int LAYER_PROFILE = 20;
    static final int LAYER_LEVEL = 24;
    static final int LAYER_SLICE_MODE = 32;
    static final int LAYER_SLICE_NUM = 36;

    // SSourcePicture
    static final int SOURCE_SIZE = 72;
    static final int SOURCE_COLOR_FORMAT = 0;
    static final int SOURCE_STRIDE = 4;
    static final int SOURCE_DATA = 24;
    static final int SOURCE_WIDTH = 56;
    static final int SOURCE_HEIGHT = 60;
    static final int SOURCE_TIMESTAMP = 64;

    // SFrameBSInfo
    static final int FRAME_SIZE = 5144;
    static final int FRAME_LAYER_NUM = 0;
    static final int FRAME_LAYERS = 8;
    static final int FRAME_TYPE = 5128;

    // SLayerBSInfo, sLayerInfo[i] at FRAME_LAYERS + i * BS_LAYER_SIZE
    static final int BS_LAYER_SIZE = 40;
    static final int BS_LAYER_NAL_COUNT = 16;
    static final int BS_LAYER_NAL_LENGTHS = 24;
    static final int BS_LAYER_BUFFER = 32;

    // enum values and option ids
    static final int OPTION_PARAM_EXT = 3;
    static final int OPTION_FRAME_RATE = 4;
    static final int OPTION_BITRATE = 5;
    static final int OPTION_MAX_BITRATE = 6;
    static final int OPTION_TRACE_LEVEL = 25;
    static final int OPTION_TRACE_CALLBACK = 26;
    static final int LOG_WARNING = 2;
    static final int VERSION_SIZE = 16;
    static final int BITRATE_INFO_SIZE = 8;
    static final int SPATIAL_LAYER_0 = 0;
    static final int SPATIAL_LAYER_ALL = 4;
    static final int COLOR_I420 = 23;
    static final int TYPE_IDR = 1;
    static final int TYPE_SKIP = 4;
    static final int RC_QUALITY = 0;
    static final int RC_BITRATE = 1;
    static final int PROFILE_BASELINE = 66;
    static final int SLICE_SINGLE = 0;
    static final int SLICE_FIXED_NUM = 1;
    static final int CONSTANT_ID = 0;
    static final int CAMERA_REAL_TIME = 0;
    static final int COMPLEXITY_LOW = 0;
    static final int COMPLEXITY_MEDIUM = 1;
    static final int COMPLEXITY_HIGH = 2;
}
