package io.rotordream.memory.api;

/** Use of one pool, as {@code GET /api/performance/memory/status} shows it. */
public final class PoolStats {
    public String name;
    public int count;
    public int bufferSize;
    public int alignment;
    public String location;
    public int inUse;
    public int highWatermark;
    /** Requests refused because every buffer was lent. */
    public long exhausted;
    public long acquired;

    public PoolStats() {
    }

    public PoolStats(String name, int count, int bufferSize, int alignment, String location, int inUse,
            int highWatermark, long exhausted, long acquired) {
        this.name = name;
        this.count = count;
        this.bufferSize = bufferSize;
        this.alignment = alignment;
        this.location = location;
        this.inUse = inUse;
        this.highWatermark = highWatermark;
        this.exhausted = exhausted;
        this.acquired = acquired;
    }
}
