package io.rotordream.video.api.camera;

import java.util.List;

/** One encoder backend as {@code GET /api/camera/encoders} lists it. */
public final class EncoderInfo {
    public String name;
    public String description;
    public List<String> codecs;
    public List<String> profiles;
    public boolean hardware;
    public boolean available;
    /** Why it is unavailable; empty when available. */
    public String reason;
    /** Position in the configured backend order, -1 when not listed. */
    public int order;
    /** Encoding the main stream now. */
    public boolean active;
}
