package io.rotordream.encoder.support;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

import com.sun.jna.Memory;
import com.sun.jna.Pointer;

/**
 * Planar U and V planes for NV12 input, for libraries that take I420 only: NV12 interleaves U and
 * V. Allocated once per encoder; the Y plane is still passed in place.
 */
final class I420Chroma implements AutoCloseable {

    private final int chromaWidth;
    private final int chromaHeight;
    private final Memory memory;
    private final ByteBuffer planes;

    I420Chroma(int width, int height) {
        chromaWidth = width / 2;
        chromaHeight = height / 2;
        long planeBytes = (long) chromaWidth * chromaHeight;
        memory = new Memory(2 * planeBytes);
        planes = memory.getByteBuffer(0, 2 * planeBytes).order(ByteOrder.BIG_ENDIAN);
    }

    long uAddress() {
        return Pointer.nativeValue(memory);
    }

    long vAddress() {
        return Pointer.nativeValue(memory) + (long) chromaWidth * chromaHeight;
    }

    int stride() {
        return chromaWidth;
    }

    /** Splits the interleaved UV plane at {@code offset}/{@code stride} of {@code source}. */
    void deinterleave(ByteBuffer source, int offset, int stride) {
        boolean littleEndian = source.order() == ByteOrder.LITTLE_ENDIAN;
        int vBase = chromaWidth * chromaHeight;
        int pairsInWords = chromaWidth & ~3;
        for (int row = 0; row < chromaHeight; row++) {
            int src = offset + row * stride;
            int u = row * chromaWidth;
            int v = vBase + u;
            int x = 0;
            // Eight bytes U0 V0 U1 V1 U2 V2 U3 V3 at a time; read big-endian so the first byte is the
            // most significant, and write four U and four V bytes as big-endian ints.
            for (; x < pairsInWords; x += 4) {
                long w = source.getLong(src + 2 * x);
                if (littleEndian) {
                    w = Long.reverseBytes(w);
                }
                planes.putInt(u + x, (int) (((w >>> 32) & 0xff000000L) | ((w >>> 24) & 0x00ff0000L)
                        | ((w >>> 16) & 0x0000ff00L) | ((w >>> 8) & 0x000000ffL)));
                planes.putInt(v + x, (int) (((w >>> 24) & 0xff000000L) | ((w >>> 16) & 0x00ff0000L)
                        | ((w >>> 8) & 0x0000ff00L) | (w & 0x000000ffL)));
            }
            for (; x < chromaWidth; x++) {
                planes.put(u + x, source.get(src + 2 * x));
                planes.put(v + x, source.get(src + 2 * x + 1));
            }
        }
    }

    @Override
    public void close() {
        memory.close();
    }
}
