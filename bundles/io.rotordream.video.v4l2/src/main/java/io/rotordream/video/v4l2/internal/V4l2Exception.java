package io.rotordream.video.v4l2.internal;

import java.io.IOException;

/** A failed system call on a video device, with its errno. */
public final class V4l2Exception extends IOException {
    private static final long serialVersionUID = 1L;

    private final int errno;

    public V4l2Exception(String operation, int errno, String description) {
        super(operation + ": " + description + " (errno " + errno + ")");
        this.errno = errno;
    }

    public int errno() {
        return errno;
    }

    /** The device node went away (unplugged) or was never there. */
    public boolean deviceGone() {
        return errno == Posix.ENODEV || errno == Posix.ENOENT;
    }
}
