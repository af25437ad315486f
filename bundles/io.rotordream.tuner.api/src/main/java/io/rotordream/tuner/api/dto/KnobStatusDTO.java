package io.rotordream.tuner.api.dto;

/** One knob as it is now, as the configuration wants it, and as it was before the first change. */
public final class KnobStatusDTO {
    public String knob;
    public String tuner;
    public String path;
    public String current;
    /** The value the active configuration (profile) wants, or {@code null} when it does not manage the knob. */
    public String wanted;
    /** The value saved before RotorDream first changed the knob, or {@code null}. */
    public String original;
    /** Wanted, and the current value differs (changed by hand). */
    public boolean drift;
    /** Why the knob could not be read, when it could not. */
    public String error;
}
