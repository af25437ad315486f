package io.rotordream.encoder.openh264.internal;

import com.sun.jna.Callback;
import com.sun.jna.Pointer;

/** codec_app_def.h WelsTraceCallback: void (*)(void* ctx, int level, const char* message). Public for JNA's reflection. */
public interface WelsTraceCallback extends Callback {
    void invoke(Pointer context, int level, String message);
}
