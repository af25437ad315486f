package io.rotordream.encoder.openh264.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.sun.jna.Pointer;

/**
 * OpenH264's log (WelsTraceCallback, codec_app_def.h) into slf4j instead of the library's stderr.
 * Called on the library's threads, only for messages at or above the trace level.
 */
final class OpenH264Trace implements WelsTraceCallback {

    private static final Logger LOG = LoggerFactory.getLogger("io.rotordream.encoder.openh264.library");

    // codec_app_def.h WELS_LOG_*
    private static final int ERROR = 1;
    private static final int WARNING = 2;
    private static final int INFO = 4;

    @Override
    public void invoke(Pointer context, int level, String message) {
        String text = message == null ? "" : message.strip();
        if (level <= ERROR) {
            LOG.error("{}", text);
        } else if (level <= WARNING) {
            LOG.warn("{}", text);
        } else if (level <= INFO) {
            LOG.info("{}", text);
        } else {
            LOG.debug("{}", text);
        }
    }
}
