package io.rotordream.rtsp.server.internal;

import java.nio.ByteBuffer;
import java.util.IdentityHashMap;
import java.util.Map;

import io.rotordream.memory.api.BufferPool;
import io.rotordream.memory.api.PooledBuffer;
import io.rotordream.rtp.H264Packetizer;
import io.rotordream.rtp.H265Packetizer;
import io.rotordream.rtp.Packetizer;
import io.rotordream.rtp.RtpHeader;
import io.rotordream.video.api.encoder.Codec;
import io.rotordream.video.api.encoder.ParameterSets;
import io.rotordream.video.api.stream.AccessUnit;

/**
 * A mount's packet writer: access units and RTCP packets into framed packets in network-pool
 * blocks, several frames per block, one sequence space and one SSRC for the mount's lifetime
 * (continuous across encoder swaps: RFC 3550 §5.1 only asks them to increase by one). Used by the
 * mount's thread only.
 */
final class Packetizing {

    /** Interface to the mount for what to do when the pools run dry. */
    interface Pressure {
        /** Frees what the slowest clients hold; @return whether anything was freed. */
        boolean shed();
    }

    private final int ssrc;
    private final int writers;
    private final FramePool frames;
    private final Pressure pressure;
    private final Map<PooledBuffer, Block> blocks = new IdentityHashMap<>();
    private final H264Packetizer h264 = new H264Packetizer(1200);
    private final H265Packetizer h265 = new H265Packetizer(1200);
    private Block current;
    private int writeAt;
    private int sequence;
    private ByteBuffer scratch;
    private ParameterSets scratchSets;
    long packetsSent;
    long octetsSent;
    long dropped;

    Packetizing(int ssrc, int firstSequence, int writers, FramePool frames, Pressure pressure) {
        this.ssrc = ssrc;
        this.sequence = firstSequence & 0xffff;
        this.writers = writers;
        this.frames = frames;
        this.pressure = pressure;
    }

    int nextSequence() {
        return sequence;
    }

    int ssrc() {
        return ssrc;
    }

    /** @return the packetized frame with one reference for the caller, or {@code null} when dropped */
    MediaFrame packetize(AccessUnit au, long rtpTimestamp, ParameterSets sets, int packetSize, BufferPool pool) {
        MediaFrame f = takeFrame();
        if (f == null) {
            return null;
        }
        f.reset(au.keyframe(), false, rtpTimestamp, sequence);
        Packetizer p = au.codec() == Codec.H265 ? h265 : h264;
        p.maxPayload(packetSize - RtpHeader.SIZE);
        if (au.keyframe() && sets != null && !parameterSetsInBand(au)) {
            withParameterSets(p, au, sets);
        } else {
            p.begin(au.data());
            for (int i = 0; i < au.nalCount(); i++) {
                p.addNal(au.nalOffset(i), au.nalLength(i));
            }
        }
        while (p.hasNext()) {
            if (!room(f, 4 + packetSize, pool)) {
                f.release();
                dropped++;
                return null;
            }
            ByteBuffer b = current.buffer();
            int at = writeAt;
            int n = p.next(b, at + 4 + RtpHeader.SIZE);
            RtpHeader.write(b, at + 4, p.last(), io.rotordream.rtsp.server.internal.protocol.SdpWriter.PAYLOAD_TYPE,
                    sequence, rtpTimestamp, ssrc);
            frame(b, at, 0, RtpHeader.SIZE + n);
            f.addPacket(at, RtpHeader.SIZE + n);
            sequence = (sequence + 1) & 0xffff;
            writeAt += 4 + RtpHeader.SIZE + n;
            packetsSent++;
            octetsSent += n;
        }
        return f;
    }

    /** An RTCP packet the caller writes at the index given to {@code writer}; channel 1 of the interleaving. */
    MediaFrame rtcp(int maxLength, java.util.function.IntBinaryOperator writer, BufferPool pool) {
        MediaFrame f = takeFrame();
        if (f == null) {
            return null;
        }
        f.reset(false, true, 0, sequence);
        if (!room(f, 4 + maxLength, pool)) {
            f.release();
            return null;
        }
        ByteBuffer b = current.buffer();
        int n = writer.applyAsInt(writeAt + 4, 0);
        frame(b, writeAt, 1, n);
        f.addPacket(writeAt, n);
        writeAt += 4 + n;
        return f;
    }

    private static void frame(ByteBuffer b, int at, int channel, int length) {
        b.put(at, (byte) '$');
        b.put(at + 1, (byte) channel);
        b.putShort(at + 2, (short) length);
    }

    ByteBuffer currentBuffer() {
        return current.buffer();
    }

    private MediaFrame takeFrame() {
        MediaFrame f = frames.take();
        if (f == null && pressure.shed()) {
            f = frames.take();
        }
        if (f == null) {
            dropped++;
        }
        return f;
    }

    /** Makes sure {@code need} bytes follow {@link #writeAt} in the current block, moving to a new one if not. */
    private boolean room(MediaFrame f, int need, BufferPool pool) {
        if (current == null || current.buffer().capacity() - writeAt < need) {
            PooledBuffer next = pool == null ? null : pool.tryAcquire();
            if (next == null && pool != null && pressure.shed()) {
                next = pool.tryAcquire();
            }
            if (next == null || next.buffer().capacity() < need) {
                if (next != null) {
                    next.release();
                }
                return false;
            }
            releaseCurrent();
            if (blocks.size() > 4096) {
                blocks.clear();
            }
            current = blocks.computeIfAbsent(next, b -> new Block(b, writers));
            writeAt = 0;
        }
        if (f.segments == 0 || f.segmentBlock[f.segments - 1] != current) {
            f.beginSegment(current, writeAt);
        }
        return true;
    }

    void releaseCurrent() {
        if (current != null) {
            current.pooled.release();
            current = null;
        }
    }

    private static boolean parameterSetsInBand(AccessUnit au) {
        boolean h265 = au.codec() == Codec.H265;
        int found = 0;
        for (int i = 0; i < au.nalCount(); i++) {
            int t = au.nalType(i);
            if (h265 ? t == 33 : t == 7) {
                found |= 1;
            } else if (h265 ? t == 34 : t == 8) {
                found |= 2;
            }
        }
        return found == 3;
    }

    // Parameter sets before every keyframe (RFC 6184 §8.4 allows them in-band) so joins and swaps decode.
    private void withParameterSets(Packetizer p, AccessUnit au, ParameterSets sets) {
        byte[] vps = sets.vps();
        byte[] sps = sets.sps();
        byte[] pps = sets.pps();
        int need = au.size() + sps.length + pps.length + (vps == null ? 0 : vps.length);
        if (scratch == null || scratch.capacity() < need) {
            scratch = ByteBuffer.allocateDirect(Math.max(need, 256 * 1024));
        }
        scratchSets = sets;
        int at = 0;
        p.begin(scratch);
        for (byte[] nal : vps == null ? new byte[][] { sps, pps } : new byte[][] { vps, sps, pps }) {
            scratch.put(at, nal);
            p.addNal(at, nal.length);
            at += nal.length;
        }
        for (int i = 0; i < au.nalCount(); i++) {
            scratch.put(at, au.data(), au.nalOffset(i), au.nalLength(i));
            p.addNal(at, au.nalLength(i));
            at += au.nalLength(i);
        }
    }
}
