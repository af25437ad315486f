package io.rotordream.tuner.api.dto;

/** One planned configuration change: PID, key, old value, new value. */
public final class PidChangeDTO {
    public String pid;
    public String key;
    public Object oldValue;
    public Object newValue;
}
