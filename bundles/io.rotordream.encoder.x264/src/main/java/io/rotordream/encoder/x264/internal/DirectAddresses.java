package io.rotordream.encoder.x264.internal;

import java.nio.ByteBuffer;
import java.util.Arrays;

import com.sun.jna.Native;
import com.sun.jna.Pointer;

/**
 * Native addresses of the direct buffers seen lately. Pool and driver buffers are lent again and
 * again, so after the first frames the address comes from here instead of a new Pointer per frame.
 */
final class DirectAddresses {

    private final ByteBuffer[] buffers;
    private final long[] addresses;
    private int next;

    DirectAddresses(int entries) {
        buffers = new ByteBuffer[entries];
        addresses = new long[entries];
    }

    /** @param buffer a direct buffer */
    long of(ByteBuffer buffer) {
        for (int i = 0; i < buffers.length; i++) {
            if (buffers[i] == buffer) {
                return addresses[i];
            }
        }
        long address = Pointer.nativeValue(Native.getDirectBufferPointer(buffer));
        buffers[next] = buffer;
        addresses[next] = address;
        next = (next + 1) % buffers.length;
        return address;
    }

    void clear() {
        Arrays.fill(buffers, null);
    }
}
