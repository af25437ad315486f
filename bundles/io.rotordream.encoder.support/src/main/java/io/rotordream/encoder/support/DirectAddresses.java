package io.rotordream.encoder.support;

import java.lang.ref.WeakReference;
import java.nio.ByteBuffer;

import com.sun.jna.Native;
import com.sun.jna.Pointer;

/**
 * Native addresses of direct buffers, remembered per buffer object. JNA's only public way to get
 * the address ({@link Native#getDirectBufferPointer}) allocates a Pointer; frames and output
 * buffers come from fixed pools (or V4L2 mmap buffers), so after the first sight of each buffer
 * the lookup allocates nothing. Weak references, so a replaced pool can still be freed. When more
 * buffers circulate than there are slots, the oldest entry is replaced: that only costs a lookup.
 */
public final class DirectAddresses {

    private final WeakReference<?>[] buffers;
    private final long[] addresses;
    private int next;

    /** @param slots how many buffers to remember; size it to the pools whose buffers pass by */
    public DirectAddresses(int slots) {
        if (slots <= 0) {
            throw new IllegalArgumentException("slots must be positive, not " + slots);
        }
        buffers = new WeakReference<?>[slots];
        addresses = new long[slots];
    }

    /**
     * The native address of {@code buffer}'s first byte.
     *
     * @throws IllegalArgumentException when the buffer is not direct
     */
    public long addressOf(ByteBuffer buffer) {
        for (int i = 0; i < buffers.length; i++) {
            WeakReference<?> ref = buffers[i];
            if (ref != null && ref.get() == buffer) {
                return addresses[i];
            }
        }
        if (!buffer.isDirect()) {
            throw new IllegalArgumentException("not a direct buffer");
        }
        long address = Pointer.nativeValue(Native.getDirectBufferPointer(buffer));
        int slot = next;
        next = (next + 1) % buffers.length;
        buffers[slot] = new WeakReference<>(buffer);
        addresses[slot] = address;
        return address;
    }
}
