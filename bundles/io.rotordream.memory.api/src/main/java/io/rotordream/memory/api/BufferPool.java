package io.rotordream.memory.api;

import org.osgi.annotation.versioning.ProviderType;

/** A fixed set of equal, aligned direct buffers: no allocation after start, a bounded footprint. */
@ProviderType
public interface BufferPool {

    String name();

    int bufferSize();

    /**
     * A free buffer with one reference, or {@code null} when all are lent (the caller drops and
     * counts, it never waits: capture must not block).
     */
    PooledBuffer tryAcquire();

    PoolStats stats();
}
