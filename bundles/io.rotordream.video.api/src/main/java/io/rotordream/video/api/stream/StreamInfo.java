package io.rotordream.video.api.stream;

import io.rotordream.video.api.encoder.Codec;

/** What a stream carries now. */
public final class StreamInfo {
    public String mount;
    public Codec codec;
    public int width;
    public int height;
    public double fps;
    public int bitrateKbps;
    /** Measured over the last seconds. */
    public double actualBitrateKbps;
    public String backend;
    public String profile;
    public int generation;
    public int subscribers;
    public boolean running;
}
