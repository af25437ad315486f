/*
 * Prints the x264 struct sizes and field offsets that X264Layout hard-codes, as "name value" lines,
 * so X264LayoutTest can compare them with what the compiler derives from /usr/include/x264.h.
 */
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <x264.h>

#define P(name, value) printf("%s %ld\n", name, (long) (value))
#define PARAM(field) P("param." #field, offsetof(x264_param_t, field))
#define PIC(field) P("picture." #field, offsetof(x264_picture_t, field))
#define NAL(field) P("nal." #field, offsetof(x264_nal_t, field))

int main(void) {
    P("build", X264_BUILD);
    P("sizeof.param", sizeof(x264_param_t));
    P("sizeof.picture", sizeof(x264_picture_t));
    P("sizeof.nal", sizeof(x264_nal_t));
    P("csp.i420", X264_CSP_I420);
    P("csp.nv12", X264_CSP_NV12);
    P("type.auto", X264_TYPE_AUTO);
    P("type.idr", X264_TYPE_IDR);
    P("me.hex", X264_ME_HEX);
    P("rc.crf", X264_RC_CRF);
    P("log.error", X264_LOG_ERROR);
    P("log.warning", X264_LOG_WARNING);
    P("log.info", X264_LOG_INFO);

    PARAM(i_threads);
    PARAM(i_width);
    PARAM(i_height);
    PARAM(i_csp);
    PARAM(i_frame_reference);
    PARAM(i_keyint_max);
    PARAM(b_intra_refresh);
    PARAM(i_bframe);
    PARAM(b_cabac);
    PARAM(pf_log);
    PARAM(p_log_private);
    PARAM(i_log_level);
    PARAM(analyse.i_me_method);
    PARAM(analyse.i_subpel_refine);
    PARAM(rc.i_rc_method);
    PARAM(rc.i_bitrate);
    PARAM(rc.f_rf_constant);
    PARAM(rc.i_vbv_max_bitrate);
    PARAM(rc.i_vbv_buffer_size);
    PARAM(b_repeat_headers);
    PARAM(b_annexb);
    PARAM(i_fps_num);
    PARAM(i_fps_den);
    PARAM(i_slice_count);

    PIC(i_type);
    PIC(b_keyframe);
    PIC(i_pts);
    PIC(i_dts);
    PIC(img.i_csp);
    PIC(img.i_plane);
    PIC(img.i_stride);
    PIC(img.plane);

    NAL(i_type);
    NAL(i_payload);
    NAL(p_payload);
    return 0;
}
