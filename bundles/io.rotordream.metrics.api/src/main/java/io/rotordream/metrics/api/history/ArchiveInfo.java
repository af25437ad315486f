package io.rotordream.metrics.api.history;

/** One archive resolution. */
public final class ArchiveInfo {
    public final long stepSeconds;
    public final int rows;
    public final long coversSeconds;

    public ArchiveInfo(long stepSeconds, int rows) {
        this.stepSeconds = stepSeconds;
        this.rows = rows;
        this.coversSeconds = stepSeconds * rows;
    }
}
