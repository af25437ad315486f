package io.rotordream.encoder.x264.internal;

import static io.rotordream.encoder.x264.internal.X264Layout.*;

import java.nio.ByteBuffer;

import com.sun.jna.Memory;
import com.sun.jna.Pointer;

import io.rotordream.encoder.support.AnnexB;
import io.rotordream.encoder.support.DirectAddresses;
import io.rotordream.encoder.support.NativeCopy;
import io.rotordream.video.api.encoder.Codec;
import io.rotordream.video.api.encoder.EncodedPicture;
import io.rotordream.video.api.encoder.EncoderException;
import io.rotordream.video.api.encoder.ParameterSets;

/**
 * What x264 hands back: the x264_picture_t it fills, and the cells where it leaves the address
 * and count of its x264_nal_t array. All preallocated.
 */
final class EncodedOutput implements AutoCloseable {

    /** Encoding pools hold a handful of output buffers. */
    private static final int CACHED_BUFFERS = 16;

    private final Memory picture = new Memory(PICTURE_SIZE);
    private final Memory cells = new Memory(16);
    private final NativeView view = new NativeView();
    private final DirectAddresses addresses = new DirectAddresses(CACHED_BUFFERS);
    final long pictureAddress;
    final long nalArrayCell;
    final long nalCountCell;

    EncodedOutput() {
        picture.clear();
        cells.clear();
        pictureAddress = Pointer.nativeValue(picture);
        nalArrayCell = Pointer.nativeValue(cells);
        nalCountCell = nalArrayCell + 8;
    }

    /**
     * Copies the {@code bytes} x264 returned into {@code out.annexB} with one memcpy: x264.h
     * guarantees the payloads of one call are sequential in memory, start codes included.
     */
    void copyTo(int bytes, EncodedPicture out) throws EncoderException {
        ByteBuffer target = out.annexB;
        if (target == null || !target.isDirect()) {
            throw new EncoderException("EncodedPicture.annexB must be a direct buffer");
        }
        if (target.capacity() < bytes) {
            throw new EncoderException("output buffer holds " + target.capacity() + " bytes, the picture needs "
                    + bytes);
        }
        long firstPayload = view.at(cells.getLong(0)).getLong(NAL_P_PAYLOAD);
        NativeCopy.memcpy(addresses.addressOf(target), firstPayload, bytes);
        target.clear();
        target.limit(bytes);
    }

    boolean keyframe() {
        return picture.getInt(PIC_B_KEYFRAME) != 0;
    }

    long pts() {
        return picture.getLong(PIC_I_PTS);
    }

    long dts() {
        return picture.getLong(PIC_I_DTS);
    }

    /** SPS and PPS from x264_encoder_headers, without start codes (RFC 6184 sprop-parameter-sets). */
    ParameterSets headers(long encoder) throws EncoderException {
        if (X264Native.x264_encoder_headers(encoder, nalArrayCell, nalCountCell) < 0) {
            throw new EncoderException("x264_encoder_headers failed");
        }
        long nals = cells.getLong(0);
        int count = cells.getInt(8);
        byte[] sps = null;
        byte[] pps = null;
        for (int i = 0; i < count; i++) {
            NativeView nal = view.at(nals + (long) i * NAL_SIZE);
            int type = nal.getInt(NAL_I_TYPE);
            if (type == AnnexB.H264_SPS || type == AnnexB.H264_PPS) {
                byte[] bytes = new Pointer(nal.getLong(NAL_P_PAYLOAD)).getByteArray(0, nal.getInt(NAL_I_PAYLOAD));
                byte[] unit = AnnexB.withoutStartCode(bytes);
                if (type == AnnexB.H264_SPS) {
                    sps = unit;
                } else {
                    pps = unit;
                }
            }
        }
        if (sps == null || pps == null) {
            throw new EncoderException("x264_encoder_headers returned no SPS/PPS");
        }
        return new ParameterSets(Codec.H264, null, sps, pps);
    }

    @Override
    public void close() {
        picture.close();
        cells.close();
    }
}
