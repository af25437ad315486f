package io.rotordream.encoder.support;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.fail;

import java.nio.ByteBuffer;

import org.junit.Test;

import com.sun.jna.Native;
import com.sun.jna.Pointer;

public class DirectAddressesTest {

    @Test
    public void addressIsJnasAndIsRememberedPerBuffer() throws Exception {
        ByteBuffer a = ByteBuffer.allocateDirect(64);
        ByteBuffer b = ByteBuffer.allocateDirect(64);
        DirectAddresses addresses = new DirectAddresses(4);
        assertEquals(Pointer.nativeValue(Native.getDirectBufferPointer(a)), addresses.addressOf(a));
        assertEquals(Pointer.nativeValue(Native.getDirectBufferPointer(b)), addresses.addressOf(b));
        long[] seen = new long[2];
        assertEquals("no allocation once a buffer was seen", 0, Allocations.of(1000, () -> {
            seen[0] = addresses.addressOf(a);
            seen[1] = addresses.addressOf(b);
        }));
        assertEquals(Pointer.nativeValue(Native.getDirectBufferPointer(a)), seen[0]);
    }

    @Test
    public void moreBuffersThanSlotsStillGetTheirOwnAddress() {
        DirectAddresses addresses = new DirectAddresses(2);
        ByteBuffer[] buffers = new ByteBuffer[5];
        for (int i = 0; i < buffers.length; i++) {
            buffers[i] = ByteBuffer.allocateDirect(16);
        }
        for (int round = 0; round < 3; round++) {
            for (ByteBuffer buffer : buffers) {
                assertEquals(Pointer.nativeValue(Native.getDirectBufferPointer(buffer)), addresses.addressOf(buffer));
            }
        }
    }

    @Test
    public void heapBufferIsRefused() {
        try {
            new DirectAddresses(4).addressOf(ByteBuffer.allocate(16));
            fail("a heap buffer has no native address");
        } catch (IllegalArgumentException expected) {
            assertEquals("not a direct buffer", expected.getMessage());
        }
    }

    @Test(expected = IllegalArgumentException.class)
    public void needsASlot() {
        new DirectAddresses(0);
    }
}
