package io.rotordream.video.v4l2.internal;

/**
 * How a source captures.
 *
 * @param bufferCount mmap buffers to request (the driver may grant more or fewer)
 * @param pollTimeoutMs longest wait for a frame before the capture thread checks whether to stop
 * @param retryIntervalMs how often a source whose device went away tries to open it again
 */
record SourceSettings(int bufferCount, int pollTimeoutMs, int retryIntervalMs) {

    SourceSettings {
        if (bufferCount < 2 || bufferCount > 32) {
            throw new IllegalArgumentException("buffer_count: 2 to 32, not " + bufferCount);
        }
        if (pollTimeoutMs < 1 || retryIntervalMs < 1) {
            throw new IllegalArgumentException("timeouts must be positive");
        }
    }
}
