package io.rotordream.encoder.x264.internal;

import com.sun.jna.Callback;
import com.sun.jna.Pointer;

/** x264_param_t.pf_log: {@code void (*)(void *opaque, int i_level, const char *psz, va_list)}. */
interface X264LogFunction extends Callback {
    void invoke(Pointer opaque, int level, Pointer format, Pointer args);
}
