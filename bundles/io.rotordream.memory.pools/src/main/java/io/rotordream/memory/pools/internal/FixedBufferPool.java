package io.rotordream.memory.pools.internal;

import java.nio.ByteBuffer;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import io.rotordream.memory.api.BufferPool;
import io.rotordream.memory.api.PoolStats;
import io.rotordream.memory.api.PooledBuffer;

/**
 * Up to {@code count} aligned direct buffers, each allocated the first time the pool runs short
 * and then kept for good. Lending and returning touch only an array-backed queue and atomics, so
 * the steady state allocates nothing. Allocating on first need rather than up front keeps the boot
 * from zeroing the whole pool (160 MiB by default, about 0.1 s on the start-level thread) and the
 * appliance from holding memory its streams never use.
 */
final class FixedBufferPool implements BufferPool {

    private final String name;
    private final int size;
    private final int alignment;
    private final String location;
    private final int count;
    private final ArrayBlockingQueue<Slot> free;
    private final AtomicInteger created = new AtomicInteger();
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
        this.count = count;
        this.free = new ArrayBlockingQueue<>(count);
    }

    /** A new buffer while fewer than {@code count} exist, else null. */
    private Slot grow() {
        int n;
        do {
            n = created.get();
            if (n >= count) {
                return null;
            }
        } while (!created.compareAndSet(n, n + 1));
        // alignedSlice: the page (or cache line) alignment the seed asks for, in Java's own direct memory
        // alignedSlice rounds both ends to the alignment: reserve a rounded size plus one unit.
        ByteBuffer raw = ByteBuffer.allocateDirect(slotBytes());
        return new Slot(raw.alignedSlice(alignment).limit(size).slice());
    }

    private int slotBytes() {
        return roundUp(size, alignment) + alignment;
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
        return count;
    }

    int alignment() {
        return alignment;
    }

    /** Direct memory held: the buffers allocated so far, in use or free. */
    long reservedBytes() {
        return (long) created.get() * slotBytes();
    }

    long capacityBytes() {
        return (long) count * slotBytes();
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
            s = grow();
        }
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
        return new PoolStats(name, count, size, alignment, location, inUse.get(), highWatermark.get(),
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
