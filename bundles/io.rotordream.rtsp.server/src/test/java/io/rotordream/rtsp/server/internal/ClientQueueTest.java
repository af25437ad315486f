package io.rotordream.rtsp.server.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertSame;
import static org.junit.Assert.assertTrue;

import org.junit.Test;

public class ClientQueueTest {

    private final FramePool pool = new FramePool(16);

    private MediaFrame frame(boolean keyframe, boolean rtcp) {
        MediaFrame f = pool.take();
        f.reset(keyframe, rtcp, 0, 0);
        return f;
    }

    @Test
    public void startsAtAKeyframeAndNothingComesBeforeIt() {
        ClientQueue q = new ClientQueue(4);
        MediaFrame delta = frame(false, false);
        MediaFrame sr = frame(false, true);
        MediaFrame key = frame(true, false);
        assertTrue(q.offer(delta));
        assertTrue(q.offer(sr));
        assertEquals(0, q.size());
        assertTrue(q.offer(key));
        assertSame(key, q.poll());
        assertNull(q.poll());
        key.release();
        for (MediaFrame f : new MediaFrame[] { delta, sr, key }) {
            f.release();
        }
        assertEquals("every frame back in the pool", 16, pool.available());
    }

    @Test
    public void aFullQueueDropsEverythingAndWaitsForTheNextKeyframe() {
        ClientQueue q = new ClientQueue(3);
        MediaFrame key = frame(true, false);
        q.offer(key);
        key.release();
        for (int i = 0; i < 2; i++) {
            MediaFrame d = frame(false, false);
            q.offer(d);
            d.release();
        }
        MediaFrame overflow = frame(false, false);
        assertFalse("asks for a keyframe", q.offer(overflow));
        overflow.release();
        assertEquals(0, q.size());
        assertEquals(1, q.drops());
        assertTrue(q.waitingForKeyframe());
        MediaFrame d = frame(false, false);
        q.offer(d);
        d.release();
        assertEquals("no delta frame after a drop", 0, q.size());
        MediaFrame next = frame(true, false);
        q.offer(next);
        next.release();
        assertEquals(1, q.size());
        q.poll().release();
        assertEquals("no frame leaked", 16, pool.available());
    }

    @Test
    public void sheddingReleasesWhatIsQueued() {
        ClientQueue q = new ClientQueue(8);
        MediaFrame key = frame(true, false);
        q.offer(key);
        key.release();
        MediaFrame d = frame(false, false);
        q.offer(d);
        d.release();
        assertEquals(2, q.shed());
        assertEquals(16, pool.available());
        assertTrue(q.waitingForKeyframe());
    }
}
