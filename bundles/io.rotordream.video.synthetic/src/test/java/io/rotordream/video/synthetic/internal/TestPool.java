package io.rotordream.video.synthetic.internal;

import java.nio.ByteBuffer;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.atomic.AtomicInteger;

import io.rotordream.memory.api.BufferPool;
import io.rotordream.memory.api.PoolStats;
import io.rotordream.memory.api.PooledBuffer;

/** A minimal pool for tests (the product's lives in io.rotordream.memory.pools). */
final class TestPool implements BufferPool {
    final ArrayBlockingQueue<PooledBuffer> free;
    final int size;

    TestPool(int count, int size) {
        this.size = size;
        free = new ArrayBlockingQueue<>(count);
        for (int i = 0; i < count; i++) {
            ByteBuffer b = ByteBuffer.allocateDirect(size);
            free.add(new PooledBuffer() {
                final AtomicInteger refs = new AtomicInteger();
                int length;

                @Override public ByteBuffer buffer() { return b; }
                @Override public int length() { return length; }
                @Override public void length(int l) { length = l; }
                @Override public PooledBuffer retain() { refs.incrementAndGet(); return this; }
                @Override public void release() { if (refs.decrementAndGet() == 0) free.add(this); }
                @Override public int references() { return refs.get(); }
                PooledBuffer init() { refs.set(1); return this; }
            });
        }
    }

    @Override public String name() { return "test"; }
    @Override public int bufferSize() { return size; }

    @Override
    public PooledBuffer tryAcquire() {
        PooledBuffer b = free.poll();
        if (b != null) {
            b.retain();
        }
        return b;
    }

    @Override public PoolStats stats() { return new PoolStats(); }
}
