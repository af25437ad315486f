package io.rotordream.encoder.support;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.fail;

import java.nio.ByteBuffer;

import org.junit.Test;

import com.sun.jna.Memory;
import com.sun.jna.Pointer;

import io.rotordream.video.api.encoder.EncodedPicture;
import io.rotordream.video.api.encoder.EncoderException;

public class AnnexBWriterTest {

    @Test
    public void gathersUnitsFromNativeMemoryInOrder() throws Exception {
        try (Memory first = new Memory(6); Memory second = new Memory(5)) {
            first.write(0, new byte[] { 0, 0, 0, 1, 0x67, 1 }, 0, 6);
            second.write(0, new byte[] { 0, 0, 1, 0x65, 2 }, 0, 5);
            EncodedPicture out = new EncodedPicture();
            out.annexB = ByteBuffer.allocateDirect(64);
            out.annexB.position(7);
            AnnexBWriter writer = new AnnexBWriter(new DirectAddresses(4));
            writer.begin(out, 11);
            writer.append(Pointer.nativeValue(first), 6);
            writer.append(Pointer.nativeValue(second), 5);
            writer.finish();
            assertEquals(0, out.annexB.position());
            assertEquals(11, out.annexB.limit());
            byte[] written = new byte[11];
            out.annexB.get(0, written);
            assertArrayEquals(new byte[] { 0, 0, 0, 1, 0x67, 1, 0, 0, 1, 0x65, 2 }, written);

            assertEquals(0, Allocations.of(1000, () -> {
                writer.begin(out, 11);
                writer.append(Pointer.nativeValue(first), 6);
                writer.append(Pointer.nativeValue(second), 5);
                writer.finish();
            }));
        }
    }

    @Test
    public void tooSmallOrHeapBufferIsRefusedBeforeAnyCopy() {
        AnnexBWriter writer = new AnnexBWriter(new DirectAddresses(4));
        EncodedPicture out = new EncodedPicture();
        out.annexB = ByteBuffer.allocateDirect(16);
        assertRefused(writer, out, 17, "encoded picture needs 17 bytes, annexB holds 16");
        out.annexB = ByteBuffer.allocate(64);
        assertRefused(writer, out, 17, "EncodedPicture.annexB must be a direct buffer");
        out.annexB = null;
        assertRefused(writer, out, 17, "EncodedPicture.annexB must be a direct buffer");
    }

    private static void assertRefused(AnnexBWriter writer, EncodedPicture out, int bytes, String message) {
        try {
            writer.begin(out, bytes);
            fail(message);
        } catch (EncoderException expected) {
            assertEquals(message, expected.getMessage());
        }
    }
}
