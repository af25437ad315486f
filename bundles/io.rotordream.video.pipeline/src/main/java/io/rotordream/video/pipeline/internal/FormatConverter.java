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
 * Encoders take NV12 or I420. Packed YUYV from USB cameras is converted to NV12 in a frame-pool
 * buffer (4:2:2 to 4:2:0: chroma of even rows); NV12 and I420 pass through untouched.
 */
final class FormatConverter {

    private final Supplier<BufferPool> framePool;
    private final Map<PooledBuffer, BufferFrame> frames = new IdentityHashMap<>();

    FormatConverter(Supplier<BufferPool> framePool) {
        this.framePool = framePool;
    }

    /** @return the frame to encode (the same one, or a converted one the caller releases), or null when impossible */
    Frame toEncoderInput(Frame f) {
        PixelFormat pf = f.format().pixelFormat;
        if (pf == PixelFormat.NV12 || pf == PixelFormat.I420) {
            return f;
        }
        if (pf != PixelFormat.YUYV) {
            return null;
        }
        PooledBuffer b = framePool.get().tryAcquire();
        if (b == null) {
            return null;
        }
        FrameFormat nv12 = f.format().withPixelFormat(PixelFormat.NV12);
        BufferFrame out = frames.computeIfAbsent(b, BufferFrame::new);
        try {
            out.set(nv12, f.sequence(), f.captureNanos(), f.captureEpochMicros());
        } catch (IllegalArgumentException tooSmall) {
            b.release();
            return null;
        }
        yuyvToNv12(f.buffer(), f.planeOffset(0), f.stride(0), out.buffer(), f.format().width, f.format().height);
        return out;
    }

    static void yuyvToNv12(ByteBuffer src, int offset, int stride, ByteBuffer dst, int w, int h) {
        int uv = w * h;
        for (int y = 0; y < h; y++) {
            int row = offset + y * stride;
            for (int x = 0; x < w; x += 2) {
                dst.put(y * w + x, src.get(row + 2 * x));
                dst.put(y * w + x + 1, src.get(row + 2 * x + 2));
                if ((y & 1) == 0) {
                    dst.put(uv + (y / 2) * w + x, src.get(row + 2 * x + 1));
                    dst.put(uv + (y / 2) * w + x + 1, src.get(row + 2 * x + 3));
                }
            }
        }
    }
}
