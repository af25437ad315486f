package io.rotordream.memory.pools.internal;

import java.nio.ByteBuffer;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import io.rotordream.memory.api.BufferPool;
import io.rotordream.memory.api.PoolStats;
import io.rotordream.memory.api.PooledBuffer;

/**
 * {@code count} aligned direct buffers allocated once. Lending and returning touch only an
 * array-backed queue and atomics, so the steady state allocates nothing.
 */
final class FixedBufferPool implements BufferPool {

    private final String name;
    private final int size;
    private final int alignment;
    private final String location;
    private final Slot[] slots;
    private final ArrayBlockingQueue<Slot> free;
    private final AtomicInteger inUse = new AtomicInteger();
    private final AtomicInteger highWatermark = new AtomicInteger();
    private final AtomicLong exhausted = new AtomicLong();
    private final AtomicLong acquired = new AtomicLong();
    private volatile boolean retired;

    FixedBufferPool(String name, int count, int size, int alignment, String location) {
        if (count < 1 || size < 1 || alignment < 1 || Integer.bitCount(alignment) != 1) {
            throw new IllegalArgumentException(name + ": count, size must be positive and alignment a power of two");
        }
        this.name = name;
        this.size = size;
        this.alignment = alignment;
        this.location = location;
        this.slots = new Slot[count];
        this.free = new ArrayBlockingQueue<>(count);
        for (int i = 0; i < count; i++) {
            // alignedSlice: the page (or cache line) alignment the seed asks for, in Java's own direct memory
            // alignedSlice rounds both ends to the alignment: reserve a rounded size plus one unit.
            ByteBuffer raw = ByteBuffer.allocateDirect(roundUp(size, alignment) + alignment);
            ByteBuffer aligned = raw.alignedSlice(alignment).limit(size).slice();
            slots[i] = new Slot(aligned);
            free.add(slots[i]);
        }
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public int bufferSize() {
        return size;
    }

    int count() {
        return slots.length;
    }

    int alignment() {
        return alignment;
    }

    long reservedBytes() {
        return (long) slots.length * (roundUp(size, alignment) + alignment);
    }

    private static int roundUp(int n, int unit) {
        return (n + unit - 1) / unit * unit;
    }

    /** Stops lending; buffers already lent still come back here and are then dropped with the pool. */
    void retire() {
        retired = true;
    }

    @Override
    public PooledBuffer tryAcquire() {
        if (retired) {
            exhausted.incrementAndGet();
            return null;
        }
        Slot s = free.poll();
        if (s == null) {
            exhausted.incrementAndGet();
            return null;
        }
        s.refs.set(1);
        s.length = 0;
        s.buffer.clear();
        acquired.incrementAndGet();
        int n = inUse.incrementAndGet();
        highWatermark.accumulateAndGet(n, Math::max);
        return s;
    }

    @Override
    public PoolStats stats() {
        return new PoolStats(name, slots.length, size, alignment, location, inUse.get(), highWatermark.get(),
                exhausted.get(), acquired.get());
    }

    private final class Slot implements PooledBuffer {
        final ByteBuffer buffer;
        final AtomicInteger refs = new AtomicInteger();
        volatile int length;

        Slot(ByteBuffer buffer) {
            this.buffer = buffer;
        }

        @Override
        public ByteBuffer buffer() {
            return buffer;
        }

        @Override
        public int length() {
            return length;
        }

        @Override
        public void length(int length) {
            if (length < 0 || length > size) {
                throw new IllegalArgumentException("length " + length + " outside 0.." + size);
            }
            this.length = length;
        }

        @Override
        public PooledBuffer retain() {
            int before = refs.getAndIncrement();
            if (before <= 0) {
                refs.decrementAndGet();
                throw new IllegalStateException(name + ": retain of a returned buffer");
            }
            return this;
        }

        @Override
        public void release() {
            int after = refs.decrementAndGet();
            if (after == 0) {
                inUse.decrementAndGet();
                free.offer(this);
            } else if (after < 0) {
                refs.incrementAndGet();
                throw new IllegalStateException(name + ": buffer released more often than retained");
            }
        }

        @Override
        public int references() {
            return refs.get();
        }
    }
}
