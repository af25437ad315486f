package io.rotordream.tuner.api.dto;

/** A one-off action (drop_caches) and what it did. */
public final class ActionResultDTO {
    public String tuner;
    public String action;
    public String argument;
    public boolean dryRun;
    public String result;
}
