package io.rotordream.memory.pools.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.Test;

import io.rotordream.memory.api.PooledBuffer;

public class FixedBufferPoolTest {

    @Test
    public void buffersAreAlignedDirectAndBounded() {
        FixedBufferPool pool = new FixedBufferPool("t", 4, 10_000, 4096, "normal");
        List<PooledBuffer> held = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            PooledBuffer b = pool.tryAcquire();
            assertNotNull(b);
            assertTrue(b.buffer().isDirect());
            assertEquals(10_000, b.buffer().capacity());
            assertEquals(0, b.buffer().alignmentOffset(0, 4096));
            held.add(b);
        }
        assertNull("never waits, never grows", pool.tryAcquire());
        assertEquals(1, pool.stats().exhausted);
        assertEquals(4, pool.stats().highWatermark);
        held.forEach(PooledBuffer::release);
        assertEquals(0, pool.stats().inUse);
        assertNotNull(pool.tryAcquire());
    }

    @Test
    public void buffersAreAllocatedOnFirstNeedAndThenReused() {
        FixedBufferPool pool = new FixedBufferPool("t", 3, 4096, 4096, "normal");
        assertEquals("nothing held before the first lend", 0, pool.reservedBytes());
        PooledBuffer a = pool.tryAcquire();
        assertEquals(2 * 4096, pool.reservedBytes());
        a.release();
        PooledBuffer again = pool.tryAcquire();
        assertTrue("a returned buffer is lent again, not a new one", again == a);
        PooledBuffer b = pool.tryAcquire();
        assertEquals(2 * 2 * 4096, pool.reservedBytes());
        again.release();
        b.release();
        assertEquals(3 * 2 * 4096, pool.capacityBytes());
    }

    @Test
    public void sharedBufferReturnsOnLastRelease() {
        FixedBufferPool pool = new FixedBufferPool("t", 1, 64, 64, "normal");
        PooledBuffer b = pool.tryAcquire();
        b.retain().retain();
        b.release();
        b.release();
        assertNull(pool.tryAcquire());
        b.release();
        assertNotNull(pool.tryAcquire());
    }

    @Test(expected = IllegalStateException.class)
    public void doubleReleaseIsCaught() {
        FixedBufferPool pool = new FixedBufferPool("t", 1, 64, 64, "normal");
        PooledBuffer b = pool.tryAcquire();
        b.release();
        b.release();
    }

    @Test
    public void retiredPoolLendsNothingButTakesBuffersBack() {
        FixedBufferPool pool = new FixedBufferPool("t", 2, 64, 64, "normal");
        PooledBuffer b = pool.tryAcquire();
        pool.retire();
        assertNull(pool.tryAcquire());
        b.release();
        assertEquals(0, pool.stats().inUse);
    }

    @Test
    public void concurrentLendAndReturnKeepsCounts() throws Exception {
        FixedBufferPool pool = new FixedBufferPool("t", 8, 64, 64, "normal");
        AtomicInteger got = new AtomicInteger();
        CountDownLatch done = new CountDownLatch(4);
        for (int t = 0; t < 4; t++) {
            new Thread(() -> {
                for (int i = 0; i < 20_000; i++) {
                    PooledBuffer b = pool.tryAcquire();
                    if (b != null) {
                        got.incrementAndGet();
                        b.retain();
                        b.release();
                        b.release();
                    }
                }
                done.countDown();
            }).start();
        }
        done.await();
        assertEquals(0, pool.stats().inUse);
        assertEquals(got.get(), pool.stats().acquired);
    }
}
