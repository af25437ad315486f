package io.rotordream.video.pipeline.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;

import org.junit.Test;

import io.rotordream.video.api.BufferFrame;
import io.rotordream.video.api.Frame;
import io.rotordream.video.api.FrameFormat;
import io.rotordream.video.api.PixelFormat;
import io.rotordream.video.timecode.TimeCodeReader;
import io.rotordream.video.timecode.TimeCodeWriter;

public class ScalerTest {

    @Test
    public void subStreamKeepsTheTimeCodeReadable() {
        Fakes.Pool pool = new Fakes.Pool(4, 3_200_000);
        for (int[] sizes : new int[][] { { 1280, 720, 640, 360 }, { 1920, 1080, 640, 360 }, { 1280, 720, 854, 480 } }) {
            BufferFrame src = new BufferFrame(pool.tryAcquire());
            src.set(new FrameFormat(PixelFormat.NV12, sizes[0], sizes[1], 30, 1), 4242, 1, 99_000_000L);
            for (int i = 0; i < sizes[0] * sizes[1] * 3 / 2; i++) {
                src.buffer().put(i, (byte) (i * 31 % 251));
            }
            new TimeCodeWriter().drawLuma(src.buffer(), 0, sizes[0], sizes[0], 4242, 99_000_000L);
            Frame out = new Scaler(() -> pool).scale(src, sizes[2], sizes[3]);
            assertEquals(sizes[2], out.format().width);
            byte[] luma = new byte[sizes[2] * sizes[3]];
            out.buffer().get(0, luma);
            TimeCodeReader.Reading r = TimeCodeReader.read(luma, 0, sizes[2], sizes[2]);
            assertNotNull(sizes[0] + " -> " + sizes[2], r);
            assertEquals(4242, r.sequence);
            assertEquals(4242, out.sequence());
            out.release();
            src.release();
        }
        assertEquals(0, pool.out.get());
    }
}
