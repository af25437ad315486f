package io.rotordream.encoder.x264.internal;

import io.rotordream.video.api.encoder.RateControl;

/**
 * The x264 rate-control fields for a target bitrate: {@code rc.i_bitrate} (0 in CRF mode),
 * {@code rc.i_vbv_max_bitrate} and {@code rc.i_vbv_buffer_size}, in kbit/s and kbit.
 */
record RateValues(int bitrateKbps, int vbvMaxKbps, int vbvBufferKbit) {

    /** VBR lets the rate peak at 1.5 times the average, within the VBV. */
    static final double VBR_PEAK = 1.5;

    /**
     * @param vbvBufferKbit the configured buffer, 0 for one second of the peak rate (EncoderSettings)
     * @param fpsScale the frame rate x264 was opened with divided by the real one: x264 budgets
     *     bits per frame from its own frame rate, which x264_encoder_reconfig cannot change, so
     *     rates are scaled to keep the real bitrate right after a frame-rate change. The buffer is
     *     in bits and is not scaled.
     */
    static RateValues of(RateControl rc, int kbps, int vbvBufferKbit, double fpsScale) {
        int peak = rc == RateControl.VBR ? (int) Math.round(kbps * VBR_PEAK) : kbps;
        int buffer = vbvBufferKbit > 0 ? vbvBufferKbit : peak;
        int average = rc == RateControl.CRF ? 0 : scale(kbps, fpsScale);
        return new RateValues(average, scale(peak, fpsScale), buffer);
    }

    private static int scale(int kbps, double fpsScale) {
        return (int) Math.max(1, Math.round(kbps * fpsScale));
    }
}
