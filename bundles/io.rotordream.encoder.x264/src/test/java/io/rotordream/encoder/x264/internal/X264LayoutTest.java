package io.rotordream.encoder.x264.internal;

import static io.rotordream.encoder.x264.internal.X264Layout.*;
import static org.junit.Assume.assumeTrue;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

import io.rotordream.encoder.testkit.LayoutProgram;

/**
 * Compiles x264_layout.c against the installed x264.h and checks that every offset, size and
 * constant X264Layout uses is what the C compiler derives. Skipped without gcc or the header.
 */
public class X264LayoutTest {

    @Rule
    public TemporaryFolder tmp = new TemporaryFolder();

    @Test
    public void offsetsMatchTheHeader() throws Exception {
        assumeTrue("gcc or x264.h missing", LayoutProgram.canCompile(Path.of("/usr/include/x264.h")));
        LayoutProgram.assertSameLayout("x264_layout.c", expected(),
                LayoutProgram.run(X264LayoutTest.class, "x264_layout.c", tmp.getRoot().toPath()));
    }

    private static Map<String, Long> expected() {
        Map<String, Long> m = new LinkedHashMap<>();
        m.put("build", (long) BUILD);
        m.put("sizeof.param", (long) PARAM_SIZE);
        m.put("sizeof.picture", (long) PICTURE_SIZE);
        m.put("sizeof.nal", (long) NAL_SIZE);
        m.put("csp.i420", (long) CSP_I420);
        m.put("csp.nv12", (long) CSP_NV12);
        m.put("type.auto", (long) TYPE_AUTO);
        m.put("type.idr", (long) TYPE_IDR);
        m.put("me.hex", (long) ME_HEX);
        m.put("rc.crf", (long) RC_CRF);
        m.put("log.error", (long) LOG_ERROR);
        m.put("log.warning", (long) LOG_WARNING);
        m.put("log.info", (long) LOG_INFO);
        m.put("param.i_threads", (long) PARAM_I_THREADS);
        m.put("param.i_width", (long) PARAM_I_WIDTH);
        m.put("param.i_height", (long) PARAM_I_HEIGHT);
        m.put("param.i_csp", (long) PARAM_I_CSP);
        m.put("param.i_frame_reference", (long) PARAM_I_FRAME_REFERENCE);
        m.put("param.i_keyint_max", (long) PARAM_I_KEYINT_MAX);
        m.put("param.b_intra_refresh", (long) PARAM_B_INTRA_REFRESH);
        m.put("param.i_bframe", (long) PARAM_I_BFRAME);
        m.put("param.b_cabac", (long) PARAM_B_CABAC);
        m.put("param.pf_log", (long) PARAM_PF_LOG);
        m.put("param.p_log_private", (long) PARAM_P_LOG_PRIVATE);
        m.put("param.i_log_level", (long) PARAM_I_LOG_LEVEL);
        m.put("param.analyse.i_me_method", (long) PARAM_ANALYSE_I_ME_METHOD);
        m.put("param.analyse.i_subpel_refine", (long) PARAM_ANALYSE_I_SUBPEL_REFINE);
        m.put("param.rc.i_rc_method", (long) PARAM_RC_I_RC_METHOD);
        m.put("param.rc.i_bitrate", (long) PARAM_RC_I_BITRATE);
        m.put("param.rc.f_rf_constant", (long) PARAM_RC_F_RF_CONSTANT);
        m.put("param.rc.i_vbv_max_bitrate", (long) PARAM_RC_I_VBV_MAX_BITRATE);
        m.put("param.rc.i_vbv_buffer_size", (long) PARAM_RC_I_VBV_BUFFER_SIZE);
        m.put("param.b_repeat_headers", (long) PARAM_B_REPEAT_HEADERS);
        m.put("param.b_annexb", (long) PARAM_B_ANNEXB);
        m.put("param.i_fps_num", (long) PARAM_I_FPS_NUM);
        m.put("param.i_fps_den", (long) PARAM_I_FPS_DEN);
        m.put("param.i_slice_count", (long) PARAM_I_SLICE_COUNT);
        m.put("picture.i_type", (long) PIC_I_TYPE);
        m.put("picture.b_keyframe", (long) PIC_B_KEYFRAME);
        m.put("picture.i_pts", (long) PIC_I_PTS);
        m.put("picture.i_dts", (long) PIC_I_DTS);
        m.put("picture.img.i_csp", (long) PIC_IMG_I_CSP);
        m.put("picture.img.i_plane", (long) PIC_IMG_I_PLANE);
        m.put("picture.img.i_stride", (long) PIC_IMG_I_STRIDE);
        m.put("picture.img.plane", (long) PIC_IMG_PLANE);
        m.put("nal.i_type", (long) NAL_I_TYPE);
        m.put("nal.i_payload", (long) NAL_I_PAYLOAD);
        m.put("nal.p_payload", (long) NAL_P_PAYLOAD);
        return m;
    }
}
