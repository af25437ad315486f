package io.rotordream.streaming.api;

/** One stream as a server offers it. */
public final class MountInfo {
    public String mount;
    public String protocol;
    /** e.g. rtsp://HOST:8554/main; HOST is the address the request came to, or the configured one. */
    public String url;
    public String codec;
    public int width;
    public int height;
    public double fps;
    public int bitrateKbps;
    public double actualBitrateKbps;
    public int clients;
}
