package io.rotordream.encoder.support;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

import org.junit.Test;

import com.sun.jna.Native;
import com.sun.jna.Pointer;

import io.rotordream.video.api.PixelFormat;
import io.rotordream.video.api.encoder.EncoderException;

public class FramePlanesTest {

    private static final int WIDTH = 22;
    private static final int HEIGHT = 6;

    @Test
    public void i420PlanesArePassedInPlace() throws Exception {
        PlainFrame frame = i420(8, 100);
        long base = Pointer.nativeValue(Native.getDirectBufferPointer(frame.buffer()));
        FramePlanes planes = new FramePlanes(PixelFormat.I420, WIDTH, HEIGHT, new DirectAddresses(4));
        planes.set(frame);
        assertEquals(3, planes.count());
        for (int plane = 0; plane < 3; plane++) {
            assertEquals(base + frame.planeOffset(plane), planes.address(plane));
            assertEquals(frame.planeOffset(plane), planes.offset(plane));
            assertEquals(frame.stride(plane), planes.stride(plane));
        }
    }

    @Test
    public void nv12HasTwoPlanesAndItsUvRowIsAsWideAsLuma() throws Exception {
        FramePlanes planes = new FramePlanes(PixelFormat.NV12, WIDTH, HEIGHT, new DirectAddresses(4));
        assertEquals(2, planes.count());
        planes.set(nv12(WIDTH, ByteOrder.BIG_ENDIAN));
        int tight = WIDTH * HEIGHT + WIDTH * HEIGHT / 2;
        ByteBuffer oneShort = ByteBuffer.allocateDirect(tight - 1);
        try {
            planes.set(new PlainFrame(PixelFormat.NV12, WIDTH, HEIGHT, oneShort, new int[] { 0, WIDTH * HEIGHT, 0 },
                    new int[] { WIDTH, WIDTH, 0 }));
            fail("the last UV row is one byte short");
        } catch (EncoderException expected) {
            assertEquals("plane 1 (offset 132, stride 22, 3 rows of 22 bytes) does not fit the 197-byte frame buffer",
                    expected.getMessage());
        }
    }

    @Test
    public void wrongFormatSizeOrBufferIsRefused() {
        FramePlanes planes = new FramePlanes(PixelFormat.NV12, WIDTH, HEIGHT, new DirectAddresses(4));
        assertRefused(planes, i420(0, 0), "encoder opened for NV12 22x6, got I420 22x6@30");
        assertRefused(planes, new PlainFrame(PixelFormat.NV12, WIDTH, HEIGHT, ByteBuffer.allocate(1024),
                new int[] { 0, 200, 0 }, new int[] { WIDTH, WIDTH, 0 }), "frame buffer is not direct memory");
        assertRefused(planes, new PlainFrame(PixelFormat.NV12, WIDTH, HEIGHT, ByteBuffer.allocateDirect(1024),
                new int[] { 0, 200, 0 }, new int[] { WIDTH - 1, WIDTH, 0 }), "plane 0 (offset 0, stride 21");
        assertRefused(planes, new PlainFrame(PixelFormat.NV12, WIDTH, HEIGHT, ByteBuffer.allocateDirect(1024),
                new int[] { -1, 200, 0 }, new int[] { WIDTH, WIDTH, 0 }), "plane 0 (offset -1");
    }

    @Test(expected = IllegalArgumentException.class)
    public void packedFormatsAreNot420Planes() {
        new FramePlanes(PixelFormat.YUYV, WIDTH, HEIGHT, new DirectAddresses(4));
    }

    @Test
    public void nv12ChromaIsSplitIntoPlanarUAndV() throws Exception {
        for (ByteOrder order : new ByteOrder[] { ByteOrder.BIG_ENDIAN, ByteOrder.LITTLE_ENDIAN }) {
            PlainFrame frame = nv12(WIDTH + 10, order);
            try (I420Planes planes = new I420Planes(PixelFormat.NV12, WIDTH, HEIGHT, new DirectAddresses(4))) {
                planes.set(frame);
                long base = Pointer.nativeValue(Native.getDirectBufferPointer(frame.buffer()));
                assertEquals("luma in place", base, planes.address(0));
                assertEquals(WIDTH + 10, planes.stride(0));
                assertEquals(WIDTH / 2, planes.stride(1));
                assertEquals(WIDTH / 2, planes.stride(2));
                byte[] u = new Pointer(planes.address(1)).getByteArray(0, WIDTH / 2 * HEIGHT / 2);
                byte[] v = new Pointer(planes.address(2)).getByteArray(0, WIDTH / 2 * HEIGHT / 2);
                byte[] expectedU = new byte[u.length];
                byte[] expectedV = new byte[v.length];
                for (int y = 0; y < HEIGHT / 2; y++) {
                    for (int x = 0; x < WIDTH / 2; x++) {
                        expectedU[y * WIDTH / 2 + x] = u(x, y);
                        expectedV[y * WIDTH / 2 + x] = v(x, y);
                    }
                }
                assertArrayEquals(order.toString(), expectedU, u);
                assertArrayEquals(order.toString(), expectedV, v);
            }
        }
    }

    @Test
    public void i420IsNotCopied() throws Exception {
        PlainFrame frame = i420(4, 32);
        long base = Pointer.nativeValue(Native.getDirectBufferPointer(frame.buffer()));
        try (I420Planes planes = new I420Planes(PixelFormat.I420, WIDTH, HEIGHT, new DirectAddresses(4))) {
            planes.set(frame);
            for (int plane = 0; plane < 3; plane++) {
                assertEquals(base + frame.planeOffset(plane), planes.address(plane));
                assertEquals(frame.stride(plane), planes.stride(plane));
            }
        }
    }

    @Test
    public void settingAFrameAllocatesNothing() throws Exception {
        PlainFrame frame = nv12(WIDTH, ByteOrder.BIG_ENDIAN);
        try (I420Planes planes = new I420Planes(PixelFormat.NV12, WIDTH, HEIGHT, new DirectAddresses(4))) {
            assertEquals(0, Allocations.of(1000, () -> planes.set(frame)));
        }
    }

    private static void assertRefused(FramePlanes planes, PlainFrame frame, String message) {
        try {
            planes.set(frame);
            fail(message);
        } catch (EncoderException expected) {
            assertTrue(expected.getMessage(), expected.getMessage().startsWith(message));
        }
    }

    private static byte u(int x, int y) {
        return (byte) (16 + x + 20 * y);
    }

    private static byte v(int x, int y) {
        return (byte) (200 - x - 20 * y);
    }

    /** NV12 with rows padded to {@code stride} and a gap before the UV plane. */
    private static PlainFrame nv12(int stride, ByteOrder order) {
        int uvOffset = stride * HEIGHT + 64;
        ByteBuffer buffer = ByteBuffer.allocateDirect(uvOffset + stride * HEIGHT / 2).order(order);
        for (int y = 0; y < HEIGHT / 2; y++) {
            for (int x = 0; x < WIDTH / 2; x++) {
                buffer.put(uvOffset + y * stride + 2 * x, u(x, y));
                buffer.put(uvOffset + y * stride + 2 * x + 1, v(x, y));
            }
        }
        return new PlainFrame(PixelFormat.NV12, WIDTH, HEIGHT, buffer, new int[] { 0, uvOffset, 0 },
                new int[] { stride, stride, 0 });
    }

    private static PlainFrame i420(int rowPadding, int planeGap) {
        int[] strides = { WIDTH + rowPadding, WIDTH / 2 + rowPadding / 2, WIDTH / 2 + rowPadding / 2 };
        int[] offsets = { 0, strides[0] * HEIGHT + planeGap, 0 };
        offsets[2] = offsets[1] + strides[1] * HEIGHT / 2 + planeGap;
        ByteBuffer buffer = ByteBuffer.allocateDirect(offsets[2] + strides[2] * HEIGHT / 2);
        return new PlainFrame(PixelFormat.I420, WIDTH, HEIGHT, buffer, offsets, strides);
    }
}
