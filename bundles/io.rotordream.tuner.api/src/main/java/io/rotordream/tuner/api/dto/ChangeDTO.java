package io.rotordream.tuner.api.dto;

/** One planned knob change: knob, path, old value, new value. */
public final class ChangeDTO {
    public String knob;
    public String tuner;
    public String path;
    public String oldValue;
    public String newValue;
    /** "set" to a wanted value, or "restore" the saved original. */
    public String action;
    /** Mount options: applied only when the operator confirms this knob. */
    public boolean needsConfirmation;

    @Override
    public String toString() {
        return knob + " (" + path + "): " + oldValue + " -> " + newValue;
    }
}
