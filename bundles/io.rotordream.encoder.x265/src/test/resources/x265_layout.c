/*
 * Prints the x265 struct offsets and constants that X265Layout hard-codes, one "NAME value" a line,
 * so X265LayoutTest can compare them with the Java constants. Built against /usr/include/x265.h.
 */
#include <stddef.h>
#include <stdio.h>
#include <x265.h>

#define P(name, value) printf("%s %ld\n", name, (long) (value))

int main(void)
{
    P("BUILD", X265_BUILD);

    P("PICTURE_PTS", offsetof(x265_picture, pts));
    P("PICTURE_DTS", offsetof(x265_picture, dts));
    P("PICTURE_USER_DATA", offsetof(x265_picture, userData));
    P("PICTURE_PLANES", offsetof(x265_picture, planes));
    P("PICTURE_STRIDE", offsetof(x265_picture, stride));
    P("PICTURE_SLICE_TYPE", offsetof(x265_picture, sliceType));

    P("NAL_SIZE", sizeof(x265_nal));
    P("NAL_SIZE_BYTES", offsetof(x265_nal, sizeBytes));
    P("NAL_PAYLOAD", offsetof(x265_nal, payload));

    P("PARAM_SIZE", sizeof(x265_param));
    P("PARAM_FRAME_THREADS", offsetof(x265_param, frameNumThreads));
    P("PARAM_MAX_REFERENCES", offsetof(x265_param, maxNumReferences));
    P("PARAM_KEYFRAME_MAX", offsetof(x265_param, keyframeMax));
    P("PARAM_BFRAMES", offsetof(x265_param, bframes));
    P("PARAM_LOOKAHEAD_DEPTH", offsetof(x265_param, lookaheadDepth));
    P("PARAM_RC_BITRATE", offsetof(x265_param, rc.bitrate));
    P("PARAM_RC_VBV_MAX_BITRATE", offsetof(x265_param, rc.vbvMaxBitrate));
    P("PARAM_MAX_SLICES", offsetof(x265_param, maxSlices));

    P("TYPE_AUTO", X265_TYPE_AUTO);
    P("TYPE_IDR", X265_TYPE_IDR);
    P("PARAM_BAD_NAME", X265_PARAM_BAD_NAME);
    return 0;
}
