package io.rotordream.encoder.x264.internal;

import java.nio.charset.StandardCharsets;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.sun.jna.Pointer;

/**
 * x264's pf_log, so its messages reach slf4j instead of stderr, and the last error can explain
 * why x264_encoder_open returned NULL. Called on x264's threads, only when x264 has something to
 * say (open, warnings, the statistics at close), never per frame.
 */
final class X264Log implements X264LogFunction {

    private static final Logger LOG = LoggerFactory.getLogger("io.rotordream.encoder.x264.libx264");

    private final byte[] line = new byte[1024];
    private volatile String lastError = "no reason logged";

    @Override
    public synchronized void invoke(Pointer opaque, int level, Pointer format, Pointer args) {
        // On LP64 ABIs a va_list argument arrives as a pointer, which vsnprintf takes as it is.
        int n = LibC.vsnprintf(line, line.length, Pointer.nativeValue(format), Pointer.nativeValue(args));
        if (n < 0) {
            return;
        }
        String message = new String(line, 0, Math.min(n, line.length - 1), StandardCharsets.UTF_8).strip();
        switch (level) {
            case X264Layout.LOG_ERROR -> {
                lastError = message;
                LOG.error("{}", message);
            }
            case X264Layout.LOG_WARNING -> LOG.warn("{}", message);
            case X264Layout.LOG_INFO -> LOG.debug("{}", message);
            default -> LOG.trace("{}", message);
        }
    }

    String lastError() {
        return lastError;
    }
}
