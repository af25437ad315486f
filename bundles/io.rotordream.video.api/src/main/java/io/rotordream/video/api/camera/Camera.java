package io.rotordream.video.api.camera;

import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

import io.rotordream.video.api.FormatCapability;
import io.rotordream.video.api.FrameFormat;

/** The running video pipeline seen from outside: status, backends, a snapshot. */
@ProviderType
public interface Camera {

    CameraStatus status();

    /** Every encoder backend registered, available or not, in the configured order. */
    List<EncoderInfo> encoders();

    /** The format being captured (or to be captured when the sensor starts), or null when unknown. */
    FrameFormat captureFormat();

    /** What the active sensor offers. */
    List<FormatCapability> capabilities();

    /**
     * The newest captured picture as JPEG.
     *
     * @throws IllegalStateException when no picture has been captured yet
     */
    byte[] snapshotJpeg(int quality);
}
