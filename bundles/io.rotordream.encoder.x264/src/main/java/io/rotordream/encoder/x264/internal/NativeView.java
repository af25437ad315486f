package io.rotordream.encoder.x264.internal;

import com.sun.jna.Pointer;

/**
 * A Pointer moved over x264's own structs (the NAL array changes address every call), so reading
 * them needs no new Pointer per frame.
 */
final class NativeView extends Pointer {

    NativeView() {
        super(0);
    }

    NativeView at(long address) {
        peer = address;
        return this;
    }
}
