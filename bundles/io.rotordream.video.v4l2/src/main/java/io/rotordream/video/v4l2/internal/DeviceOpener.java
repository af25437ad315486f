package io.rotordream.video.v4l2.internal;

/** Opens a video device node; the real one is {@link LinuxVideoDevice#open}, tests inject fakes. */
@FunctionalInterface
public interface DeviceOpener {

    /** @throws V4l2Exception with {@code ENOENT} when the node does not exist */
    VideoDevice open(String path) throws V4l2Exception;
}
