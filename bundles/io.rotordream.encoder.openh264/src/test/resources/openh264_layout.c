/*
 * Prints the OpenH264 struct offsets and constants that OpenH264Layout hard-codes, one "NAME value"
 * a line, so OpenH264LayoutTest can compare them with the Java constants. Compiled as C so that
 * codec_api.h declares ISVCEncoderVtbl (the C view of the C++ ISVCEncoder interface).
 */
#include <stddef.h>
#include <stdio.h>
#include <wels/codec_api.h>
#include <wels/codec_ver.h>

#define P(name, value) printf("%s %ld\n", name, (long) (value))

int main(void)
{
    P("VERSION_MAJOR", OPENH264_MAJOR);

    P("VTBL_INITIALIZE_EXT", offsetof(ISVCEncoderVtbl, InitializeExt));
    P("VTBL_GET_DEFAULT_PARAMS", offsetof(ISVCEncoderVtbl, GetDefaultParams));
    P("VTBL_UNINITIALIZE", offsetof(ISVCEncoderVtbl, Uninitialize));
    P("VTBL_ENCODE_FRAME", offsetof(ISVCEncoderVtbl, EncodeFrame));
    P("VTBL_ENCODE_PARAMETER_SETS", offsetof(ISVCEncoderVtbl, EncodeParameterSets));
    P("VTBL_FORCE_INTRA_FRAME", offsetof(ISVCEncoderVtbl, ForceIntraFrame));
    P("VTBL_SET_OPTION", offsetof(ISVCEncoderVtbl, SetOption));
    P("VTBL_GET_OPTION", offsetof(ISVCEncoderVtbl, GetOption));

    P("PARAM_SIZE", sizeof(SEncParamExt));
    P("PARAM_USAGE_TYPE", offsetof(SEncParamExt, iUsageType));
    P("PARAM_WIDTH", offsetof(SEncParamExt, iPicWidth));
    P("PARAM_HEIGHT", offsetof(SEncParamExt, iPicHeight));
    P("PARAM_TARGET_BITRATE", offsetof(SEncParamExt, iTargetBitrate));
    P("PARAM_RC_MODE", offsetof(SEncParamExt, iRCMode));
    P("PARAM_MAX_FRAME_RATE", offsetof(SEncParamExt, fMaxFrameRate));
    P("PARAM_TEMPORAL_LAYERS", offsetof(SEncParamExt, iTemporalLayerNum));
    P("PARAM_SPATIAL_LAYERS", offsetof(SEncParamExt, iSpatialLayerNum));
    P("PARAM_LAYER0", offsetof(SEncParamExt, sSpatialLayers));
    P("PARAM_COMPLEXITY", offsetof(SEncParamExt, iComplexityMode));
    P("PARAM_INTRA_PERIOD", offsetof(SEncParamExt, uiIntraPeriod));
    P("PARAM_NUM_REF_FRAME", offsetof(SEncParamExt, iNumRefFrame));
    P("PARAM_SPS_PPS_ID_STRATEGY", offsetof(SEncParamExt, eSpsPpsIdStrategy));
    P("PARAM_PREFIX_NAL", offsetof(SEncParamExt, bPrefixNalAddingCtrl));
    P("PARAM_ENTROPY_CODING", offsetof(SEncParamExt, iEntropyCodingModeFlag));
    P("PARAM_ENABLE_FRAME_SKIP", offsetof(SEncParamExt, bEnableFrameSkip));
    P("PARAM_MAX_BITRATE", offsetof(SEncParamExt, iMaxBitrate));
    P("PARAM_MAX_QP", offsetof(SEncParamExt, iMaxQp));
    P("PARAM_MIN_QP", offsetof(SEncParamExt, iMinQp));
    P("PARAM_THREADS", offsetof(SEncParamExt, iMultipleThreadIdc));
    P("PARAM_SCENE_CHANGE_DETECT", offsetof(SEncParamExt, bEnableSceneChangeDetect));

    P("LAYER_WIDTH", offsetof(SSpatialLayerConfig, iVideoWidth));
    P("LAYER_HEIGHT", offsetof(SSpatialLayerConfig, iVideoHeight));
    P("LAYER_FRAME_RATE", offsetof(SSpatialLayerConfig, fFrameRate));
    P("LAYER_BITRATE", offsetof(SSpatialLayerConfig, iSpatialBitrate));
    P("LAYER_MAX_BITRATE", offsetof(SSpatialLayerConfig, iMaxSpatialBitrate));
    P("LAYER_PROFILE", offsetof(SSpatialLayerConfig, uiProfileIdc));
    P("LAYER_LEVEL", offsetof(SSpatialLayerConfig, uiLevelIdc));
    P("LAYER_SLICE_MODE", offsetof(SSpatialLayerConfig, sSliceArgument.uiSliceMode));
    P("LAYER_SLICE_NUM", offsetof(SSpatialLayerConfig, sSliceArgument.uiSliceNum));

    P("SOURCE_SIZE", sizeof(SSourcePicture));
    P("SOURCE_COLOR_FORMAT", offsetof(SSourcePicture, iColorFormat));
    P("SOURCE_STRIDE", offsetof(SSourcePicture, iStride));
    P("SOURCE_DATA", offsetof(SSourcePicture, pData));
    P("SOURCE_WIDTH", offsetof(SSourcePicture, iPicWidth));
    P("SOURCE_HEIGHT", offsetof(SSourcePicture, iPicHeight));
    P("SOURCE_TIMESTAMP", offsetof(SSourcePicture, uiTimeStamp));

    P("FRAME_SIZE", sizeof(SFrameBSInfo));
    P("FRAME_LAYER_NUM", offsetof(SFrameBSInfo, iLayerNum));
    P("FRAME_LAYERS", offsetof(SFrameBSInfo, sLayerInfo));
    P("FRAME_TYPE", offsetof(SFrameBSInfo, eFrameType));

    P("BS_LAYER_SIZE", sizeof(SLayerBSInfo));
    P("BS_LAYER_NAL_COUNT", offsetof(SLayerBSInfo, iNalCount));
    P("BS_LAYER_NAL_LENGTHS", offsetof(SLayerBSInfo, pNalLengthInByte));
    P("BS_LAYER_BUFFER", offsetof(SLayerBSInfo, pBsBuf));

    P("OPTION_PARAM_EXT", ENCODER_OPTION_SVC_ENCODE_PARAM_EXT);
    P("OPTION_FRAME_RATE", ENCODER_OPTION_FRAME_RATE);
    P("OPTION_BITRATE", ENCODER_OPTION_BITRATE);
    P("OPTION_MAX_BITRATE", ENCODER_OPTION_MAX_BITRATE);
    P("OPTION_TRACE_LEVEL", ENCODER_OPTION_TRACE_LEVEL);
    P("OPTION_TRACE_CALLBACK", ENCODER_OPTION_TRACE_CALLBACK);
    P("LOG_WARNING", WELS_LOG_WARNING);
    P("VERSION_SIZE", sizeof(OpenH264Version));
    P("BITRATE_INFO_SIZE", sizeof(SBitrateInfo));
    P("SPATIAL_LAYER_0", SPATIAL_LAYER_0);
    P("SPATIAL_LAYER_ALL", SPATIAL_LAYER_ALL);
    P("COLOR_I420", videoFormatI420);
    P("TYPE_IDR", videoFrameTypeIDR);
    P("TYPE_SKIP", videoFrameTypeSkip);
    P("RC_QUALITY", RC_QUALITY_MODE);
    P("RC_BITRATE", RC_BITRATE_MODE);
    P("PROFILE_BASELINE", PRO_BASELINE);
    P("SLICE_SINGLE", SM_SINGLE_SLICE);
    P("SLICE_FIXED_NUM", SM_FIXEDSLCNUM_SLICE);
    P("CONSTANT_ID", CONSTANT_ID);
    P("CAMERA_REAL_TIME", CAMERA_VIDEO_REAL_TIME);
    P("COMPLEXITY_LOW", LOW_COMPLEXITY);
    P("COMPLEXITY_MEDIUM", MEDIUM_COMPLEXITY);
    P("COMPLEXITY_HIGH", HIGH_COMPLEXITY);
    return 0;
}
