package io.rotordream.video.api.encoder;

/** cbr: constant bitrate (VBV sized to one second); vbr: average bitrate with a VBV cap; crf: constant quality with a VBV cap. */
public enum RateControl {
    CBR, VBR, CRF
}
