package io.rotordream.encoder.x265.internal;

import com.sun.jna.Memory;
import com.sun.jna.Pointer;

import io.rotordream.encoder.support.AnnexBWriter;
import io.rotordream.encoder.support.DirectAddresses;
import io.rotordream.encoder.support.FrameRing;
import io.rotordream.video.api.encoder.EncodedPicture;
import io.rotordream.video.api.encoder.EncoderException;

/**
 * Copies the NAL units of one x265_encoder_encode call into the caller's buffer and fills the
 * picture's fields from x265's output picture. With annexb=1 each payload already starts with
 * its start code, so the bytes are concatenated as they are.
 */
final class X265Output {

    private final Memory nalArray;
    private final Memory nalCount;
    private final FrameRing ring;
    private final AnnexBWriter writer;
    /** Moved over x265's NAL array without allocating a Pointer per NAL. */
    private final Pointer cursor = new Pointer(0);

    X265Output(Memory nalArray, Memory nalCount, FrameRing ring, DirectAddresses addresses) {
        this.nalArray = nalArray;
        this.nalCount = nalCount;
        this.ring = ring;
        this.writer = new AnnexBWriter(addresses);
    }

    /** @return {@code false} when the last call emitted no NAL units */
    boolean write(EncodedPicture out, Pointer pictureOut) throws EncoderException {
        int count = nalCount.getInt(0);
        if (count <= 0) {
            return false;
        }
        long nals = nalArray.getLong(0);
        long total = 0;
        for (int i = 0; i < count; i++) {
            Pointer.nativeValue(cursor, nals + (long) i * X265Layout.NAL_SIZE);
            total += Integer.toUnsignedLong(cursor.getInt(X265Layout.NAL_SIZE_BYTES));
        }
        writer.begin(out, total);
        for (int i = 0; i < count; i++) {
            Pointer.nativeValue(cursor, nals + (long) i * X265Layout.NAL_SIZE);
            writer.append(cursor.getLong(X265Layout.NAL_PAYLOAD),
                    Integer.toUnsignedLong(cursor.getInt(X265Layout.NAL_SIZE_BYTES)));
        }
        writer.finish();

        int sliceType = pictureOut.getInt(X265Layout.PICTURE_SLICE_TYPE);
        out.keyframe = sliceType == X265Layout.TYPE_IDR;
        out.ptsNanos = pictureOut.getLong(X265Layout.PICTURE_PTS);
        out.dtsNanos = pictureOut.getLong(X265Layout.PICTURE_DTS);
        long index = pictureOut.getLong(X265Layout.PICTURE_USER_DATA);
        if (!ring.has(index)) {
            throw new EncoderException("x265 emitted a picture older than the " + ring.size()
                    + " it can hold back; its frame data is gone");
        }
        out.frameSequence = ring.sequence(index);
        out.captureEpochMicros = ring.epochMicros(index);
        return true;
    }
}
