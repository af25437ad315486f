package io.rotordream.video.api.encoder;

import io.rotordream.video.api.PixelFormat;

/**
 * Everything an encoder is opened with. The fine-grained fields (entropy coding, motion
 * estimation, subpixel refinement, reference frames) default to "as the preset says", so a preset
 * is really that preset unless the operator overrides one of them. Backends map what they support and report what they
 * ignore in {@link Encoder#ignoredSettings()}. Mutable so one object can be reused; an encoder
 * copies it when opened.
 */
public final class EncoderSettings {
    public Codec codec = Codec.H264;
    public int width = 1280;
    public int height = 720;
    /** Layout of the frames that will be passed to {@link Encoder#encode}. */
    public PixelFormat inputFormat = PixelFormat.NV12;
    public int fpsNum = 30;
    public int fpsDen = 1;
    public int bitrateKbps = 2500;
    public RateControl rateControl = RateControl.CBR;
    /** Quality for {@link RateControl#CRF}, 0..51. */
    public double crf = 23;
    /** VBV buffer in kbit; 0 means one second of {@link #bitrateKbps}. */
    public int vbvBufferKbit;
    /** Frames between keyframes (GOP length); 1 makes every frame a keyframe. */
    public int gopSize = 30;
    public int bFrames;
    /** 0: as the preset says. */
    public int referenceFrames = 0;
    /** ultrafast, superfast, veryfast, faster, fast, medium, slow, slower, veryslow. */
    public String preset = "veryfast";
    /** zerolatency, film, animation, grain, stillimage, psnr, ssim, fastdecode, or empty. */
    public String tune = "zerolatency";
    /** H.264: baseline, main, high. H.265: main. */
    public String profile = "high";
    /** e.g. "4.0"; empty lets the encoder choose. */
    public String level = "";
    /** 0 lets the library choose. */
    public int threads;
    /** cavlc or cabac (H.264); empty: as the preset and profile say. */
    public String entropyCoding = "";
    /** dia, hex, umh; empty: as the preset says. */
    public String motionEstimation = "";
    /** Subpixel refinement, 0..11 (x264 subme); -1: as the preset says. */
    public int subpixelRefinement = -1;
    /** Slices per picture; 0 lets the encoder choose. */
    public int slices;
    /** Periodic intra refresh instead of keyframes. */
    public boolean intraRefresh;

    public EncoderSettings copy() {
        EncoderSettings s = new EncoderSettings();
        s.codec = codec;
        s.width = width;
        s.height = height;
        s.inputFormat = inputFormat;
        s.fpsNum = fpsNum;
        s.fpsDen = fpsDen;
        s.bitrateKbps = bitrateKbps;
        s.rateControl = rateControl;
        s.crf = crf;
        s.vbvBufferKbit = vbvBufferKbit;
        s.gopSize = gopSize;
        s.bFrames = bFrames;
        s.referenceFrames = referenceFrames;
        s.preset = preset;
        s.tune = tune;
        s.profile = profile;
        s.level = level;
        s.threads = threads;
        s.entropyCoding = entropyCoding;
        s.motionEstimation = motionEstimation;
        s.subpixelRefinement = subpixelRefinement;
        s.slices = slices;
        s.intraRefresh = intraRefresh;
        return s;
    }

    @Override
    public String toString() {
        return codec + " " + width + "x" + height + "@" + fpsNum + "/" + fpsDen + " " + bitrateKbps + "kbps "
                + rateControl + " gop " + gopSize + " b " + bFrames + " ref " + referenceFrames + " " + preset + "/"
                + tune + " " + profile + (level.isEmpty() ? "" : "@" + level) + " threads " + threads;
    }
}
