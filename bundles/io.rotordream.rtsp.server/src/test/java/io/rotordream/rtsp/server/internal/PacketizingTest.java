package io.rotordream.rtsp.server.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import java.nio.ByteBuffer;
import java.util.ArrayDeque;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.Test;

import io.rotordream.memory.api.BufferPool;
import io.rotordream.memory.api.PoolStats;
import io.rotordream.memory.api.PooledBuffer;
import io.rotordream.rtp.Depacketizer;
import io.rotordream.rtp.RtpHeader;
import io.rotordream.video.api.encoder.Codec;
import io.rotordream.video.api.encoder.ParameterSets;
import io.rotordream.video.api.stream.AccessUnit;

public class PacketizingTest {

    /** A pool of a few direct buffers, counting what is lent. */
    static final class Pool implements BufferPool {
        final ArrayDeque<PooledBuffer> free = new ArrayDeque<>();
        final AtomicInteger lent = new AtomicInteger();

        Pool(int count, int size) {
            for (int i = 0; i < count; i++) {
                ByteBuffer b = ByteBuffer.allocateDirect(size);
                free.add(new PooledBuffer() {
                    final AtomicInteger refs = new AtomicInteger();
                    int length;

                    public ByteBuffer buffer() {
                        return b;
                    }

                    public int length() {
                        return length;
                    }

                    public void length(int l) {
                        length = l;
                    }

                    public PooledBuffer retain() {
                        refs.incrementAndGet();
                        return this;
                    }

                    public void release() {
                        if (refs.decrementAndGet() == 0) {
                            lent.decrementAndGet();
                            free.add(this);
                        }
                    }

                    public int references() {
                        return refs.get();
                    }
                });
            }
        }

        public String name() {
            return "test";
        }

        public int bufferSize() {
            return free.isEmpty() ? 0 : free.peek().buffer().capacity();
        }

        public PooledBuffer tryAcquire() {
            PooledBuffer b = free.poll();
            if (b != null) {
                lent.incrementAndGet();
                b.retain();
            }
            return b;
        }

        public PoolStats stats() {
            return null;
        }
    }

    /** One IDR access unit: an IDR slice of the given size, without parameter sets. */
    static AccessUnit idr(int sliceBytes, long pts, Random r) {
        ByteBuffer data = ByteBuffer.allocateDirect(sliceBytes + 4);
        data.putInt(0, 1);
        byte[] slice = new byte[sliceBytes];
        r.nextBytes(slice);
        slice[0] = 0x65;
        data.put(4, slice);
        return new AccessUnit() {
            public Codec codec() {
                return Codec.H264;
            }

            public ByteBuffer data() {
                return data;
            }

            public int size() {
                return sliceBytes + 4;
            }

            public int nalCount() {
                return 1;
            }

            public int nalOffset(int i) {
                return 4;
            }

            public int nalLength(int i) {
                return sliceBytes;
            }

            public int nalType(int i) {
                return 5;
            }

            public boolean keyframe() {
                return true;
            }

            public long ptsNanos() {
                return pts;
            }

            public long dtsNanos() {
                return pts;
            }

            public long captureEpochMicros() {
                return 0;
            }

            public long frameSequence() {
                return 0;
            }

            public int generation() {
                return 1;
            }

            public AccessUnit retain() {
                return this;
            }

            public void release() {
            }
        };
    }

    @Test
    public void framesAreInterleaveFramedWithContinuousSequenceAndParameterSetsBeforeKeyframes() {
        Pool pool = new Pool(4, 64 * 1024);
        FramePool frames = new FramePool(8);
        Packetizing p = new Packetizing(0x1234, 65530, 2, frames, () -> false);
        ParameterSets sets = new ParameterSets(Codec.H264, null, new byte[] { 0x67, 0x64, 0, 0x1f }, new byte[] { 0x68, 1 });
        Random r = new Random(1);
        int expectSeq = 65530;
        for (int n = 0; n < 20; n++) {
            MediaFrame f = p.packetize(idr(3000 + r.nextInt(20_000), n * 33_333_333L, r), 90_000L + n * 3000, sets,
                    1316, pool);
            assertNotNull(f);
            ByteBuffer annexB = ByteBuffer.allocate(64 * 1024);
            Depacketizer d = Depacketizer.h264();
            for (int i = 0; i < f.packets; i++) {
                ByteBuffer b = f.segmentBlock[f.packetSegment[i]].buffer();
                int at = f.packetOffset[i];
                assertEquals('$', b.get(at));
                assertEquals(0, b.get(at + 1));
                assertEquals(f.packetLength[i], b.getShort(at + 2) & 0xffff);
                assertTrue(f.packetLength[i] <= 1316);
                assertEquals(expectSeq, RtpHeader.sequence(b, at + 4));
                expectSeq = (expectSeq + 1) & 0xffff;
                assertEquals(90_000L + n * 3000, RtpHeader.timestamp(b, at + 4));
                assertEquals(0x1234, RtpHeader.ssrc(b, at + 4));
                assertEquals(i == f.packets - 1, RtpHeader.marker(b, at + 4));
                assertTrue(d.depacketize(b, at + 4 + 12, f.packetLength[i] - 12, annexB));
            }
            assertEquals("SPS first", 0x67, annexB.get(4));
            f.release();
        }
        p.releaseCurrent();
        assertEquals("every block back in the pool", 0, pool.lent.get());
        assertEquals(8, frames.available());
    }

    @Test
    public void anEmptyPoolDropsTheFrameAndCountsIt() {
        Packetizing p = new Packetizing(1, 0, 2, new FramePool(4), () -> false);
        assertNull(p.packetize(idr(5000, 0, new Random(2)), 0, null, 1316, new Pool(0, 1024)));
        assertEquals(1, p.dropped);
    }
}
