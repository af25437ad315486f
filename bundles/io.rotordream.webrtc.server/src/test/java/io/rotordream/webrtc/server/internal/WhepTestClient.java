package io.rotordream.webrtc.server.internal;

import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetSocketAddress;
import java.net.SocketTimeoutException;
import java.nio.ByteBuffer;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import org.bouncycastle.tls.DTLSClientProtocol;
import org.bouncycastle.tls.DatagramTransport;
import org.bouncycastle.tls.crypto.impl.jcajce.JcaTlsCrypto;
import org.bouncycastle.tls.crypto.impl.jcajce.JcaTlsCryptoProvider;

import io.rotordream.rtp.RtcpWriter;
import io.rotordream.rtp.RtpHeader;
import io.rotordream.webrtc.server.internal.dtls.DtlsCertificate;
import io.rotordream.webrtc.server.internal.srtp.SrtpContext;
import io.rotordream.webrtc.server.internal.srtp.SrtpProfile;
import io.rotordream.webrtc.server.internal.stun.Stun;

/**
 * A WHEP viewer in plain Java for tests and benchmarks: offers like Chromium (H.264 with RTX,
 * NACK/PLI/FIR/REMB/transport-cc, an audio section), connects with ICE (controlling, USE-CANDIDATE),
 * DTLS 1.2 and SRTP, and counts what arrives: packets, access units, keyframes, retransmissions.
 * It can send PLI, FIR, NACK and REMB, and keeps consent alive.
 */
public final class WhepTestClient implements AutoCloseable {

    public static final int VIDEO_PT = 102;
    public static final int RTX_PT = 103;
    private static final JcaTlsCrypto CRYPTO = (JcaTlsCrypto) new JcaTlsCryptoProvider().create(new SecureRandom());

    private final DtlsCertificate identity = DtlsCertificate.create();
    private final String ufrag = "tc" + Long.toString(System.nanoTime() % 1_000_000, 36);
    private final String pwd = "testclientpassword0123456789";
    private final int ssrc = new SecureRandom().nextInt();
    private final int[] profiles;
    private DatagramSocket socket;
    private String remoteUfrag;
    private String remotePwd;
    private SrtpContext rtpIn;
    private SrtpContext rtcpOut;
    private volatile boolean running = true;
    private Thread receiver;
    private int mediaSsrc;
    private int firSequence;
    private final byte[] out = new byte[1500];
    public final AtomicLong packets = new AtomicLong();
    public final AtomicLong bytes = new AtomicLong();
    public final AtomicLong rtxPackets = new AtomicLong();
    public final AtomicLong accessUnits = new AtomicLong();
    public final AtomicLong senderReports = new AtomicLong();
    public final AtomicLong byes = new AtomicLong();
    public final AtomicLong authFailures = new AtomicLong();
    public final List<Long> keyframeNanos = Collections.synchronizedList(new ArrayList<>());
    public final Set<Integer> received = ConcurrentHashMap.newKeySet();
    public final Set<Integer> repaired = ConcurrentHashMap.newKeySet();
    public volatile long connectedNanos;
    public volatile long firstPacketNanos;
    public volatile SrtpProfile profile;
    private volatile boolean auKey;
    private volatile int highestSeq = -1;

    public WhepTestClient(SrtpProfile... profiles) {
        this.profiles = Arrays.stream(profiles.length == 0 ? SrtpProfile.values() : profiles).mapToInt(p -> p.id)
                .toArray();
    }

    /** An offer shaped like Chromium's: BUNDLE of video and audio, recvonly, rtcp-mux, actpass. */
    public String offer(boolean audio) {
        StringBuilder s = new StringBuilder();
        s.append("v=0\r\no=- 1 2 IN IP4 127.0.0.1\r\ns=-\r\nt=0 0\r\n");
        s.append("a=group:BUNDLE 0").append(audio ? " 1" : "").append("\r\n");
        s.append("m=video 9 UDP/TLS/RTP/SAVPF 96 ").append(VIDEO_PT).append(' ').append(RTX_PT).append(" 104\r\n");
        s.append("c=IN IP4 0.0.0.0\r\na=rtcp:9 IN IP4 0.0.0.0\r\n");
        common(s, "0");
        s.append("a=extmap:3 ").append(io.rotordream.rtp.TransportFeedback.EXTENSION_URI).append("\r\n");
        s.append("a=recvonly\r\na=rtcp-mux\r\na=rtcp-rsize\r\n");
        s.append("a=rtpmap:96 VP8/90000\r\n");
        s.append("a=rtpmap:").append(VIDEO_PT).append(" H264/90000\r\n");
        for (String fb : List.of("goog-remb", "transport-cc", "ccm fir", "nack", "nack pli")) {
            s.append("a=rtcp-fb:").append(VIDEO_PT).append(' ').append(fb).append("\r\n");
        }
        s.append("a=fmtp:").append(VIDEO_PT)
                .append(" level-asymmetry-allowed=1;packetization-mode=1;profile-level-id=42e01f\r\n");
        s.append("a=rtpmap:").append(RTX_PT).append(" rtx/90000\r\na=fmtp:").append(RTX_PT).append(" apt=")
                .append(VIDEO_PT).append("\r\n");
        s.append("a=rtpmap:104 H264/90000\r\na=fmtp:104 packetization-mode=0;profile-level-id=42e01f\r\n");
        if (audio) {
            s.append("m=audio 9 UDP/TLS/RTP/SAVPF 111\r\nc=IN IP4 0.0.0.0\r\n");
            common(s, "1");
            s.append("a=recvonly\r\na=rtcp-mux\r\na=rtpmap:111 opus/48000/2\r\n");
        }
        return s.toString();
    }

    private void common(StringBuilder s, String mid) {
        s.append("a=ice-ufrag:").append(ufrag).append("\r\na=ice-pwd:").append(pwd).append("\r\n");
        s.append("a=ice-options:trickle\r\n");
        s.append("a=fingerprint:sha-256 ").append(identity.fingerprint).append("\r\n");
        s.append("a=setup:actpass\r\na=mid:").append(mid).append("\r\n");
    }

    /** ICE, DTLS and SRTP against the answer's first candidate (or {@code target} when given). */
    public void connect(String answer, InetSocketAddress target) throws IOException {
        InetSocketAddress candidate = target;
        String fingerprint = null;
        for (String line : answer.split("\r\n")) {
            if (line.startsWith("a=ice-ufrag:")) {
                remoteUfrag = line.substring(12);
            } else if (line.startsWith("a=ice-pwd:")) {
                remotePwd = line.substring(10);
            } else if (line.startsWith("a=fingerprint:sha-256 ")) {
                fingerprint = line.substring(22);
            } else if (line.startsWith("a=candidate:") && candidate == null) {
                String[] f = line.split(" ");
                candidate = new InetSocketAddress(f[4], Integer.parseInt(f[5]));
            } else if (line.startsWith("a=ssrc:") && mediaSsrc == 0) {
                mediaSsrc = (int) Long.parseLong(line.substring(7, line.indexOf(' ')));
            }
        }
        socket = new DatagramSocket(new InetSocketAddress("127.0.0.1", 0));
        socket.setReceiveBufferSize(1 << 20);
        socket.connect(candidate);
        socket.setSoTimeout(200);
        check(true);
        connectedNanos = System.nanoTime();
        // RFC 7675: consent checks go on from the first success, through the DTLS handshake.
        consent = new Thread(() -> {
            while (running) {
                try {
                    Thread.sleep(500);
                } catch (InterruptedException e) {
                    return;
                }
                if (running) {
                    sendCheck();
                }
            }
        }, "whep-test-consent");
        consent.setDaemon(true);
        consent.start();
        TestDtlsClient c = new TestDtlsClient(CRYPTO, identity, fingerprint, profiles);
        lastClient = c;
        new DTLSClientProtocol().connect(c, new SocketTransport());
        profile = c.selected;
        int k = profile.keyLength;
        int s = profile.saltLength;
        byte[] m = c.keyingMaterial;
        rtcpOut = new SrtpContext(profile, Arrays.copyOfRange(m, 0, k), Arrays.copyOfRange(m, 2 * k, 2 * k + s));
        rtpIn = new SrtpContext(profile, Arrays.copyOfRange(m, k, 2 * k), Arrays.copyOfRange(m, 2 * k + s, 2 * k + 2 * s));
        receiver = new Thread(this::receive, "whep-test-client");
        receiver.setDaemon(true);
        receiver.start();
    }

    private TestDtlsClient lastClient;
    private Thread consent;

    /** Sends binding requests until one is answered with valid integrity and fingerprint. */
    private void check(boolean nominate) throws IOException {
        byte[] buf = new byte[1500];
        long end = System.currentTimeMillis() + 5000;
        while (System.currentTimeMillis() < end) {
            byte[] tid = new byte[12];
            new SecureRandom().nextBytes(tid);
            byte[] req = Stun.bindingRequest(tid, remoteUfrag + ":" + ufrag, remotePwd, nominate, 0x6e7f00ff);
            socket.send(new DatagramPacket(req, req.length));
            try {
                DatagramPacket p = new DatagramPacket(buf, buf.length);
                socket.receive(p);
                byte[] r = Arrays.copyOf(buf, p.getLength());
                if (Stun.fingerprintValid(r) && Stun.responseIntegrityValid(r, remotePwd)) {
                    return;
                }
            } catch (SocketTimeoutException retry) {
                // RFC 8445 §14: checks are retransmitted
            }
        }
        throw new IOException("no ICE response");
    }

    /** DTLS over the socket during the handshake: anything not DTLS is skipped. */
    private final class SocketTransport implements DatagramTransport {
        @Override
        public int getReceiveLimit() {
            return 1500;
        }

        @Override
        public int getSendLimit() {
            return 1200;
        }

        @Override
        public int receive(byte[] buf, int off, int len, int waitMillis) throws IOException {
            long end = System.currentTimeMillis() + waitMillis;
            while (System.currentTimeMillis() < end) {
                DatagramPacket p = new DatagramPacket(buf, off, len);
                try {
                    socket.receive(p);
                } catch (SocketTimeoutException e) {
                    continue;
                }
                int first = buf[off] & 0xff;
                if (first >= 20 && first < 64) {
                    return p.getLength();
                }
            }
            return -1;
        }

        @Override
        public void send(byte[] buf, int off, int len) throws IOException {
            socket.send(new DatagramPacket(buf, off, len));
        }

        @Override
        public void close() {
        }
    }

    private void receive() {
        try {
            receiveLoop();
        } catch (RuntimeException e) {
            e.printStackTrace();
            throw e;
        }
    }

    private void receiveLoop() {
        byte[] buf = new byte[2048];
        ByteBuffer view = ByteBuffer.wrap(buf);
        while (running) {
            DatagramPacket p = new DatagramPacket(buf, buf.length);
            try {
                socket.receive(p);
            } catch (SocketTimeoutException e) {
                continue;
            } catch (IOException e) {
                if (socket.isClosed()) {
                    return;
                }
                continue; // an ICMP error reported on a connected socket
            }
            int n = p.getLength();
            int first = buf[0] & 0xff;
            if (first < 128 || first >= 192) {
                continue;
            }
            int pt = buf[1] & 0xff;
            if (pt >= 200 && pt <= 206) {
                int len = rtcpIn(buf, n);
                if (len > 0) {
                    int type = buf[1] & 0xff;
                    if (type == RtcpWriter.SR) {
                        senderReports.incrementAndGet();
                    }
                    for (int q = 0; q + 4 <= len; q += 4 * ((view.getShort(q + 2) & 0xffff) + 1)) {
                        if ((buf[q + 1] & 0xff) == RtcpWriter.BYE) {
                            byes.incrementAndGet();
                        }
                    }
                }
                continue;
            }
            rtp(buf, view, n);
        }
    }

    private SrtpContext rtcpInContext;

    private int rtcpIn(byte[] buf, int n) {
        if (rtcpInContext == null) {
            byte[] m = lastClient.keyingMaterial;
            int k = profile.keyLength;
            int s = profile.saltLength;
            rtcpInContext = new SrtpContext(profile, Arrays.copyOfRange(m, k, 2 * k),
                    Arrays.copyOfRange(m, 2 * k + s, 2 * k + 2 * s));
        }
        int len = rtcpInContext.unprotectRtcp(buf, 0, n);
        if (len < 0) {
            authFailures.incrementAndGet();
        }
        return len;
    }

    private void rtp(byte[] buf, ByteBuffer view, int n) {
        int header = RtpHeader.headerLength(view, 0, n - profile.tagLength);
        int len = header < 0 ? -1 : rtpIn.unprotectRtp(buf, 0, n, header);
        if (len < 0) {
            authFailures.incrementAndGet();
            return;
        }
        if (firstPacketNanos == 0) {
            firstPacketNanos = System.nanoTime();
        }
        packets.incrementAndGet();
        bytes.addAndGet(len);
        int pt = RtpHeader.payloadType(view, 0);
        int seq = RtpHeader.sequence(view, 0);
        if (pt == RTX_PT) {
            rtxPackets.incrementAndGet();
            repaired.add(view.getShort(header) & 0xffff);
            return;
        }
        if (received.add(seq) && seq > highestSeq) {
            highestSeq = seq;
        }
        int nal = buf[header] & 0x1f;
        if (nal == 5 || nal == 7 || (nal == 24 && (buf[header + 3] & 0x1f) == 7)
                || (nal == 28 && (buf[header + 1] & 0x1f) == 5)) {
            auKey = true;
        }
        if (RtpHeader.marker(view, 0)) {
            accessUnits.incrementAndGet();
            if (auKey) {
                keyframeNanos.add(System.nanoTime());
            }
            auKey = false;
        }
    }

    private void sendCheck() {
        byte[] tid = new byte[12];
        new SecureRandom().nextBytes(tid);
        byte[] req = Stun.bindingRequest(tid, remoteUfrag + ":" + ufrag, remotePwd, true, 0x6e7f00ff);
        try {
            socket.send(new DatagramPacket(req, req.length));
        } catch (IOException ignored) {
            // closed, or an ICMP error of an earlier datagram: the next check tries again
        }
    }

    public synchronized void sendPli() throws IOException {
        sendRtcp(RtcpWriter.pli(ByteBuffer.wrap(out), 0, ssrc, mediaSsrc));
    }

    public synchronized void sendFir() throws IOException {
        sendRtcp(RtcpWriter.fir(ByteBuffer.wrap(out), 0, ssrc, mediaSsrc, firSequence++));
    }

    public synchronized void sendNack(int seq) throws IOException {
        sendRtcp(RtcpWriter.genericNack(ByteBuffer.wrap(out), 0, ssrc, mediaSsrc, seq, 0));
    }

    public synchronized void sendRemb(long bitsPerSecond) throws IOException {
        sendRtcp(RtcpWriter.remb(ByteBuffer.wrap(out), 0, ssrc, bitsPerSecond, new int[] { mediaSsrc }, 1));
    }

    private void sendRtcp(int n) throws IOException {
        int len = rtcpOut.protectRtcp(out, 0, n);
        socket.send(new DatagramPacket(out, 0, len));
    }

    /** Sequence numbers below the highest received that never arrived nor were repaired. */
    public List<Integer> missing() {
        List<Integer> m = new ArrayList<>();
        int hi = highestSeq;
        int lo = received.stream().mapToInt(Integer::intValue).min().orElse(hi);
        for (int s = lo; s < hi; s++) {
            if (!received.contains(s) && !repaired.contains(s)) {
                m.add(s);
            }
        }
        return m;
    }

    public int mediaSsrc() {
        return mediaSsrc;
    }

    /** Stops answering: no consent checks, no reads; the socket stays open (an abandoned viewer). */
    public void abandon() {
        running = false;
    }

    @Override
    public void close() {
        running = false;
        if (socket != null) {
            socket.close();
        }
        if (receiver != null) {
            try {
                receiver.join(1000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
