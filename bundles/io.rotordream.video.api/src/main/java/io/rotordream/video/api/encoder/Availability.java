package io.rotordream.video.api.encoder;

/** Whether a backend can open encoders here, and why not. */
public final class Availability {
    public final boolean available;
    /** Empty when available; else e.g. "unavailable: libx264.so.164 not found". */
    public final String reason;

    private Availability(boolean available, String reason) {
        this.available = available;
        this.reason = reason;
    }

    public static Availability yes() {
        return new Availability(true, "");
    }

    public static Availability no(String reason) {
        return new Availability(false, "unavailable: " + reason);
    }

    @Override
    public String toString() {
        return available ? "available" : reason;
    }
}
