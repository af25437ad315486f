package io.rotordream.video.pipeline.internal;

import java.nio.ByteBuffer;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.function.Supplier;

import io.rotordream.memory.api.BufferPool;
import io.rotordream.memory.api.PooledBuffer;
import io.rotordream.video.api.BufferFrame;
import io.rotordream.video.api.Frame;
import io.rotordream.video.api.FrameFormat;
import io.rotordream.video.api.PixelFormat;

/**
 * Downscales NV12/I420 pictures for a sub-stream into frame-pool buffers: an area average over
 * the source pixels each target pixel covers (no aliasing on the time code's sharp blocks), with
 * the source positions computed once per size so each frame is only the averaging loops.
 */
final class Scaler {

    private final Supplier<BufferPool> pool;
    private final Map<PooledBuffer, BufferFrame> frames = new IdentityHashMap<>();
    private int[] xStart = new int[0];
    private int[] xEnd = new int[0];
    private int[] yStart = new int[0];
    private int[] yEnd = new int[0];
    private int cachedSw;
    private int cachedSh;
    private int cachedTw;
    private int cachedTh;

    Scaler(Supplier<BufferPool> pool) {
        this.pool = pool;
    }

    /** @return the scaled frame (one reference for the caller), or null when no buffer is free */
    Frame scale(Frame src, int tw, int th) {
        FrameFormat f = src.format();
        PooledBuffer b = pool.get().tryAcquire();
        if (b == null) {
            return null;
        }
        BufferFrame out = frames.computeIfAbsent(b, BufferFrame::new);
        out.set(new FrameFormat(PixelFormat.NV12, tw, th, f.fpsNum, f.fpsDen), src.sequence(), src.captureNanos(),
                src.captureEpochMicros());
        prepare(f.width, f.height, tw, th);
        ByteBuffer s = src.buffer();
        ByteBuffer d = out.buffer();
        plane(s, src.planeOffset(0), src.stride(0), 1, 0, d, 0, tw, tw, th, 1);
        if (f.pixelFormat == PixelFormat.NV12) {
            plane(s, src.planeOffset(1), src.stride(1), 2, 0, d, tw * th, tw, tw / 2, th / 2, 2);
            plane(s, src.planeOffset(1), src.stride(1), 2, 1, d, tw * th + 1, tw, tw / 2, th / 2, 2);
        } else {
            plane(s, src.planeOffset(1), src.stride(1), 1, 0, d, tw * th, tw, tw / 2, th / 2, 2);
            plane(s, src.planeOffset(2), src.stride(2), 1, 0, d, tw * th + 1, tw, tw / 2, th / 2, 2);
        }
        return out;
    }

    private void prepare(int sw, int sh, int tw, int th) {
        if (sw == cachedSw && sh == cachedSh && tw == cachedTw && th == cachedTh) {
            return;
        }
        xStart = new int[tw];
        xEnd = new int[tw];
        yStart = new int[th];
        yEnd = new int[th];
        for (int x = 0; x < tw; x++) {
            xStart[x] = x * sw / tw;
            xEnd[x] = Math.max(xStart[x] + 1, (x + 1) * sw / tw);
        }
        for (int y = 0; y < th; y++) {
            yStart[y] = y * sh / th;
            yEnd[y] = Math.max(yStart[y] + 1, (y + 1) * sh / th);
        }
        cachedSw = sw;
        cachedSh = sh;
        cachedTw = tw;
        cachedTh = th;
    }

    /**
     * Averages one plane. {@code sub} is 1 for luma and 2 for chroma (whose source spans are the
     * luma spans halved); {@code step}/{@code phase} pick interleaved samples; {@code dstStep}
     * interleaves the output (NV12 chroma).
     */
    private void plane(ByteBuffer s, int so, int sstride, int step, int phase, ByteBuffer d, int doff, int dstride,
            int w, int h, int sub) {
        for (int y = 0; y < h; y++) {
            int y0 = yStart[y * sub] / sub;
            int y1 = Math.max(y0 + 1, yEnd[Math.min(yEnd.length - 1, y * sub + sub - 1)] / sub);
            int drow = doff + y * dstride;
            for (int x = 0; x < w; x++) {
                int x0 = xStart[x * sub] / sub;
                int x1 = Math.max(x0 + 1, xEnd[Math.min(xEnd.length - 1, x * sub + sub - 1)] / sub);
                int sum = 0;
                for (int yy = y0; yy < y1; yy++) {
                    int row = so + yy * sstride + phase;
                    for (int xx = x0; xx < x1; xx++) {
                        sum += s.get(row + xx * step) & 0xff;
                    }
                }
                d.put(drow + x * (sub == 2 ? 2 : 1), (byte) (sum / ((y1 - y0) * (x1 - x0))));
            }
        }
    }
}
