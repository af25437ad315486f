package io.rotordream.encoder.openh264.internal;

import com.sun.jna.Pointer;

/**
 * The exported C functions of libopenh264 (codec_api.h), through JNA direct mapping; bound by
 * {@link OpenH264Library#load}. Everything else is reached through the encoder's vtable.
 */
final class OpenH264Native {

    private OpenH264Native() {
    }

    /** @param encoderOut receives the ISVCEncoder* (a pointer to the vtable pointer); 0 on success */
    static native int WelsCreateSVCEncoder(Pointer encoderOut);

    static native void WelsDestroySVCEncoder(Pointer encoder);

    /** Fills an OpenH264Version: four unsigned ints major, minor, revision, reserved. */
    static native void WelsGetCodecVersionEx(Pointer version);
}
