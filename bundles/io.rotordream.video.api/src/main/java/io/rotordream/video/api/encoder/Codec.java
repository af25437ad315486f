package io.rotordream.video.api.encoder;

public enum Codec {
    H264, H265;

    /** The SDP encoding name. */
    public String rtpName() {
        return this == H264 ? "H264" : "H265";
    }
}
