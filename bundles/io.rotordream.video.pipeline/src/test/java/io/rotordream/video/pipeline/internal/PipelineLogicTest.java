package io.rotordream.video.pipeline.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.Test;

import io.rotordream.video.api.BufferFrame;
import io.rotordream.video.api.FrameFormat;
import io.rotordream.video.api.PixelFormat;
import io.rotordream.video.api.encoder.Codec;
import io.rotordream.video.api.encoder.EncoderSettings;
import io.rotordream.video.api.stream.AccessUnit;
import io.rotordream.video.api.stream.StreamSubscription;

public class PipelineLogicTest {

    private static final FrameFormat F = new FrameFormat(PixelFormat.NV12, 64, 32, 30, 1);

    @Test
    public void nalIndexFindsUnitsAfter3And4ByteStartCodes() {
        ByteBuffer b = ByteBuffer.allocateDirect(64);
        b.put(new byte[] { 0, 0, 0, 1, 0x67, 1, 2, 0, 0, 1, 0x68, 3, 0, 0, 0, 1, 0x65, 4, 5, 0 });
        NalIndex idx = new NalIndex();
        assertEquals(3, idx.scan(b, 20, Codec.H264));
        assertEquals(7, idx.types[0]);
        assertEquals(3, idx.lengths[0]);
        assertEquals(8, idx.types[1]);
        assertEquals(2, idx.lengths[1]);
        assertEquals(5, idx.types[2]);
        assertEquals(16, idx.offsets[2]);
        assertEquals("trailing zero belongs to the unit at the end of the buffer", 4, idx.lengths[2]);
        ByteBuffer h265 = ByteBuffer.allocateDirect(16);
        h265.put(new byte[] { 0, 0, 1, 0x40, 1, 0, 0, 1, 0x26, 1 });
        idx.scan(h265, 10, Codec.H265);
        assertEquals(32, idx.types[0]);
        assertEquals(19, idx.types[1]);
    }

    @Test
    public void rateMeterMeasuresEventsAndBits() {
        RateMeter m = new RateMeter();
        long t = 1_000_000_000L;
        for (int i = 0; i <= 30; i++) {
            m.record(t + i * 33_333_333L, 1000);
        }
        long now = t + 30 * 33_333_333L;
        assertEquals(30.0, m.perSecond(now), 0.1);
        assertEquals(240.0, m.kbps(now), 1.0);
        assertEquals(0.0, m.perSecond(now + 10_000_000_000L), 0.0);
    }

    @Test
    public void keyframeRequestsAreCoalesced() {
        KeyframeGate g = new KeyframeGate();
        g.request();
        g.request();
        long now = 10_000_000_000L;
        assertTrue(g.take(now));
        g.request();
        assertFalse("within the interval", g.take(now + 100_000_000L));
        assertTrue("served after it", g.take(now + KeyframeGate.MIN_INTERVAL_NANOS));
        assertFalse(g.take(now + 2 * KeyframeGate.MIN_INTERVAL_NANOS));
    }

    private static Pipeline pipeline(Fakes.Pools pools, Fakes.Factory... factories) {
        Pipeline p = new Pipeline(pools, () -> null, 2);
        for (Fakes.Factory f : factories) {
            p.backendAdded(f);
        }
        EncoderSettings s = new EncoderSettings();
        s.gopSize = 10;
        p.main().configure(s, List.of("first", "second"));
        p.main().start();
        return p;
    }

    private static void feed(Pipeline p, Fakes.Pools pools, int n, long startSeq) {
        for (int i = 0; i < n; i++) {
            BufferFrame f = new BufferFrame(pools.frame.tryAcquire());
            f.set(F, startSeq + i, System.nanoTime(), 0);
            p.capture().onFrame(f);
            sleep(3);
        }
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    public void subscriberStartsAtAKeyframeAndSlowOneDropsAlone() throws Exception {
        Fakes.Pools pools = new Fakes.Pools();
        Pipeline p = pipeline(pools, new Fakes.Factory("first"));
        StreamSubscription fast = p.main().subscribe("fast", 64);
        StreamSubscription slow = p.main().subscribe("slow", 2);
        int[] got = new int[1];
        boolean[] firstWasKey = new boolean[1];
        Thread reader = new Thread(() -> {
            try {
                AccessUnit au;
                while ((au = fast.poll(500, TimeUnit.MILLISECONDS)) != null) {
                    if (got[0]++ == 0) {
                        firstWasKey[0] = au.keyframe();
                    }
                    au.release();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        reader.start();
        feed(p, pools, 40, 0);
        reader.join(5_000);
        assertTrue("starts at a keyframe", firstWasKey[0]);
        // Frames the encoder skipped under load (encoder_busy) never became access units; every
        // access unit that was encoded reached the fast consumer.
        assertEquals("the fast consumer lost nothing: " + p.main().stats().drops, p.main().stats().framesEncoded, got[0]);
        assertEquals(0, fast.dropped());
        assertTrue("the slow consumer dropped", slow.dropped() > 0);
        slow.close();
        fast.close();
        p.stop();
        assertEquals("every encoding buffer came back", 0, pools.encoding.out.get());
        assertEquals("every frame buffer came back", 0, pools.frame.out.get());
    }

    @Test
    public void aConsumerHoldingEveryBufferIsShedSoOthersKeepReceiving() throws Exception {
        Fakes.Pools pools = new Fakes.Pools();
        Pipeline p = pipeline(pools, new Fakes.Factory("first"));
        StreamSubscription hog = p.main().subscribe("hog", 1000);
        feed(p, pools, 45, 0);
        sleep(100);
        StreamSubscription late = p.main().subscribe("late", 64);
        feed(p, pools, 12, 45);
        sleep(200);
        AccessUnit au = late.poll(1, TimeUnit.SECONDS);
        assertNotNull("the late consumer gets pictures although the hog held the pool", au);
        assertTrue(au.keyframe());
        au.release();
        assertTrue(hog.dropped() > 0);
        hog.close();
        late.close();
        p.stop();
        assertEquals(0, pools.encoding.out.get());
    }

    @Test
    public void backendLeavingMidStreamSwitchesWithAKeyframeAndKeepsConsumers() throws Exception {
        Fakes.Pools pools = new Fakes.Pools();
        Fakes.Factory first = new Fakes.Factory("first");
        Fakes.Factory second = new Fakes.Factory("second");
        Pipeline p = pipeline(pools, first, second);
        StreamSubscription sub = p.main().subscribe("viewer", 256);
        feed(p, pools, 15, 0);
        sleep(100);
        assertEquals("first", p.main().info().backend);
        int generation = p.main().info().generation;
        p.backendRemoved(first);
        assertTrue("closed before the backend left", first.opened.get(0).closed);
        feed(p, pools, 15, 15);
        sleep(200);
        assertEquals("second", p.main().info().backend);
        assertTrue(p.main().info().generation > generation);
        AccessUnit au;
        long last = -1;
        boolean sawSwitch = false;
        while ((au = sub.poll(100, TimeUnit.MILLISECONDS)) != null) {
            if (au.generation() > generation && !sawSwitch) {
                sawSwitch = true;
                assertTrue("the new backend starts with a keyframe", au.keyframe());
            }
            assertTrue(au.frameSequence() > last);
            last = au.frameSequence();
            au.release();
        }
        assertTrue(sawSwitch);
        assertFalse("the consumer was never closed", sub.closed());
        p.backendAdded(first);
        feed(p, pools, 5, 30);
        sleep(100);
        assertEquals("the preferred backend is taken back", "first", p.main().info().backend);
        sub.close();
        p.stop();
        assertEquals(0, pools.encoding.out.get());
    }

    @Test
    public void noBackendDropsCountedAndBuffersReturn() {
        Fakes.Pools pools = new Fakes.Pools();
        Fakes.Factory off = new Fakes.Factory("first");
        off.available = false;
        Pipeline p = pipeline(pools, off);
        feed(p, pools, 10, 0);
        sleep(200);
        assertEquals("", p.main().info().backend);
        assertTrue(p.main().stats().drops.get("no_encoder") > 0);
        p.stop();
        assertEquals(0, pools.frame.out.get());
        assertNull(p.main().parameterSets());
    }

    @Test
    public void bitrateChangesLiveWithoutReopening() {
        Fakes.Pools pools = new Fakes.Pools();
        Fakes.Factory f = new Fakes.Factory("first");
        Pipeline p = pipeline(pools, f);
        feed(p, pools, 5, 0);
        p.main().setBitrate(900);
        feed(p, pools, 5, 5);
        sleep(100);
        assertEquals(1, f.opened.size());
        assertEquals(900, f.opened.get(0).bitrate);
        p.stop();
    }
}
