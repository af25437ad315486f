package io.rotordream.encoder.openh264.internal;

import com.sun.jna.Memory;
import com.sun.jna.Pointer;

import io.rotordream.encoder.support.AnnexBWriter;
import io.rotordream.encoder.support.DirectAddresses;
import io.rotordream.video.api.Frame;
import io.rotordream.video.api.encoder.EncodedPicture;
import io.rotordream.video.api.encoder.EncoderException;

/**
 * Copies one SFrameBSInfo into the caller's buffer: the layers' NAL units already carry 4-byte
 * start codes, and an IDR's first layer holds the SPS and PPS, so the layers are concatenated as
 * they are. OpenH264 has no B-frames: the picture is the frame just encoded.
 */
final class OpenH264Output {

    final Memory frameInfo = new Memory(OpenH264Layout.FRAME_SIZE);
    private final AnnexBWriter writer;
    /** Moved over the NAL length arrays without allocating a Pointer per layer. */
    private final Pointer cursor = new Pointer(0);

    OpenH264Output(DirectAddresses addresses) {
        this.writer = new AnnexBWriter(addresses);
        frameInfo.clear();
    }

    /** @return {@code false} when the rate control skipped the frame */
    boolean write(Frame frame, EncodedPicture out) throws EncoderException {
        int type = frameInfo.getInt(OpenH264Layout.FRAME_TYPE);
        if (type == OpenH264Layout.TYPE_SKIP) {
            return false;
        }
        int layers = frameInfo.getInt(OpenH264Layout.FRAME_LAYER_NUM);
        long total = 0;
        for (int i = 0; i < layers; i++) {
            total += layerBytes(i);
        }
        if (total == 0) {
            throw new EncoderException("OpenH264 returned frame type " + type + " without data");
        }
        writer.begin(out, total);
        for (int i = 0; i < layers; i++) {
            long layer = OpenH264Layout.FRAME_LAYERS + (long) i * OpenH264Layout.BS_LAYER_SIZE;
            writer.append(frameInfo.getLong(layer + OpenH264Layout.BS_LAYER_BUFFER), layerBytes(i));
        }
        writer.finish();
        out.keyframe = type == OpenH264Layout.TYPE_IDR;
        out.ptsNanos = frame.captureNanos();
        out.dtsNanos = frame.captureNanos();
        out.frameSequence = frame.sequence();
        out.captureEpochMicros = frame.captureEpochMicros();
        return true;
    }

    private long layerBytes(int index) {
        long layer = OpenH264Layout.FRAME_LAYERS + (long) index * OpenH264Layout.BS_LAYER_SIZE;
        int nals = frameInfo.getInt(layer + OpenH264Layout.BS_LAYER_NAL_COUNT);
        Pointer.nativeValue(cursor, frameInfo.getLong(layer + OpenH264Layout.BS_LAYER_NAL_LENGTHS));
        long bytes = 0;
        for (int n = 0; n < nals; n++) {
            bytes += cursor.getInt(4L * n);
        }
        return bytes;
    }

    void close() {
        frameInfo.close();
    }
}
