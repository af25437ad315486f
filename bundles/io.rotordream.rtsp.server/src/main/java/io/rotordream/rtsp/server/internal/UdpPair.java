package io.rotordream.rtsp.server.internal;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.StandardSocketOptions;
import java.nio.channels.DatagramChannel;

/**
 * The server's RTP and RTCP sockets for one UDP client (RFC 3550 §11: RTP on an even port, RTCP
 * on the next), connected to the client's ports so the kernel filters what we read and sends
 * need no address.
 */
final class UdpPair implements AutoCloseable {

    final DatagramChannel rtp;
    final DatagramChannel rtcp;
    final int port;

    private UdpPair(DatagramChannel rtp, DatagramChannel rtcp, int port) {
        this.rtp = rtp;
        this.rtcp = rtcp;
        this.port = port;
    }

    /** Binds the first free even port of [min, max] and the one after it. */
    static UdpPair open(InetAddress local, int min, int max, InetSocketAddress clientRtp, InetSocketAddress clientRtcp,
            int sendBuffer, int tos, int start) throws IOException {
        int span = (max - min) / 2 + 1;
        for (int k = 0; k < span; k++) {
            int port = min + (((start + k) % span) * 2);
            if (port + 1 > max) {
                continue;
            }
            DatagramChannel a = null;
            DatagramChannel b = null;
            try {
                a = DatagramChannel.open().bind(new InetSocketAddress(local, port));
                b = DatagramChannel.open().bind(new InetSocketAddress(local, port + 1));
            } catch (IOException taken) {
                close(a);
                close(b);
                continue;
            }
            for (DatagramChannel c : new DatagramChannel[] { a, b }) {
                c.configureBlocking(false);
                if (sendBuffer > 0) {
                    c.setOption(StandardSocketOptions.SO_SNDBUF, sendBuffer);
                }
                try {
                    c.setOption(StandardSocketOptions.IP_TOS, tos);
                } catch (IOException | UnsupportedOperationException e) {
                    // DSCP is a hint; a kernel refusing it must not refuse the client
                }
            }
            a.connect(clientRtp);
            b.connect(clientRtcp);
            return new UdpPair(a, b, port);
        }
        throw new IOException("no free UDP port pair in " + min + "-" + max);
    }

    private static void close(DatagramChannel c) {
        if (c != null) {
            try {
                c.close();
            } catch (IOException e) {
                // nothing to do
            }
        }
    }

    @Override
    public void close() {
        close(rtp);
        close(rtcp);
    }
}
