package io.rotordream.memory.api;

import java.nio.ByteBuffer;

import org.osgi.annotation.versioning.ProviderType;

/**
 * A buffer lent by a {@link BufferPool}. Reference counted: whoever hands it on calls
 * {@link #retain()} for the new holder; every holder calls {@link #release()} exactly once; the
 * last release returns it to its pool.
 */
@ProviderType
public interface PooledBuffer {

    /**
     * The direct, aligned memory, whole capacity. Holders that share a buffer must use absolute
     * reads ({@code get(int)}, {@code slice(int,int)} on a private duplicate made once) and never
     * move its position.
     */
    ByteBuffer buffer();

    /** Bytes in use, set by the writer. */
    int length();

    void length(int length);

    PooledBuffer retain();

    void release();

    /** Current holders; 0 once returned. */
    int references();
}
