package io.rotordream.video.pipeline.internal;

import java.nio.ByteBuffer;

import io.rotordream.memory.api.PooledBuffer;
import io.rotordream.video.api.encoder.Codec;
import io.rotordream.video.api.encoder.EncodedPicture;
import io.rotordream.video.api.stream.AccessUnit;

/** An encoded picture in an encoding-pool buffer, one object per buffer, refilled per picture. */
final class AccessUnitImpl implements AccessUnit {

    private final PooledBuffer pooled;
    private final NalIndex nals = new NalIndex();
    private Codec codec;
    private int size;
    private boolean keyframe;
    private long pts;
    private long dts;
    private long epochMicros;
    private long sequence;
    private int generation;

    AccessUnitImpl(PooledBuffer pooled) {
        this.pooled = pooled;
    }

    PooledBuffer pooled() {
        return pooled;
    }

    AccessUnitImpl fill(Codec codec, EncodedPicture pic, int generation) {
        this.codec = codec;
        this.size = pic.annexB.limit();
        this.keyframe = pic.keyframe;
        this.pts = pic.ptsNanos;
        this.dts = pic.dtsNanos;
        this.epochMicros = pic.captureEpochMicros;
        this.sequence = pic.frameSequence;
        this.generation = generation;
        pooled.length(size);
        nals.scan(pooled.buffer(), size, codec);
        return this;
    }

    /** Whether a keyframe carries its parameter sets in-band (H.264 SPS 7 + PPS 8; H.265 VPS 32, SPS 33, PPS 34). */
    boolean parameterSetsInBand() {
        return codec == Codec.H264 ? nals.contains(7) && nals.contains(8)
                : nals.contains(32) && nals.contains(33) && nals.contains(34);
    }

    @Override
    public Codec codec() {
        return codec;
    }

    @Override
    public ByteBuffer data() {
        return pooled.buffer();
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public int nalCount() {
        return nals.count;
    }

    @Override
    public int nalOffset(int i) {
        return nals.offsets[i];
    }

    @Override
    public int nalLength(int i) {
        return nals.lengths[i];
    }

    @Override
    public int nalType(int i) {
        return nals.types[i];
    }

    @Override
    public boolean keyframe() {
        return keyframe;
    }

    @Override
    public long ptsNanos() {
        return pts;
    }

    @Override
    public long dtsNanos() {
        return dts;
    }

    @Override
    public long captureEpochMicros() {
        return epochMicros;
    }

    @Override
    public long frameSequence() {
        return sequence;
    }

    @Override
    public int generation() {
        return generation;
    }

    @Override
    public AccessUnit retain() {
        pooled.retain();
        return this;
    }

    @Override
    public void release() {
        pooled.release();
    }
}
