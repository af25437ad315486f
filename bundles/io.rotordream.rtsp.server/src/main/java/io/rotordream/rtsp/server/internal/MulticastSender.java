package io.rotordream.rtsp.server.internal;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.StandardProtocolFamily;
import java.net.StandardSocketOptions;
import java.nio.ByteBuffer;
import java.nio.channels.DatagramChannel;

/**
 * One send per packet to a multicast group, shared by every multicast viewer of a mount (RFC 2326
 * §12.39 destination/port/ttl): RTP on the port, RTCP on the next. Starts at a keyframe.
 */
final class MulticastSender implements AutoCloseable {

    final InetAddress group;
    final int port;
    final int ttl;
    private final DatagramChannel rtp;
    private final DatagramChannel rtcp;
    private boolean started;
    volatile long packets;
    volatile long bytes;

    MulticastSender(InetAddress group, int port, int ttl, String interfaceName, int tos) throws IOException {
        this.group = group;
        this.port = port;
        this.ttl = ttl;
        rtp = open(interfaceName, tos);
        rtcp = open(interfaceName, tos);
        rtp.connect(new InetSocketAddress(group, port));
        rtcp.connect(new InetSocketAddress(group, port + 1));
    }

    private DatagramChannel open(String interfaceName, int tos) throws IOException {
        DatagramChannel c = DatagramChannel.open(StandardProtocolFamily.INET);
        c.setOption(StandardSocketOptions.IP_MULTICAST_TTL, ttl);
        c.setOption(StandardSocketOptions.IP_MULTICAST_LOOP, true);
        if (interfaceName != null && !interfaceName.isBlank()) {
            NetworkInterface nif = NetworkInterface.getByName(interfaceName.trim());
            if (nif == null) {
                c.close();
                throw new IOException("no network interface " + interfaceName);
            }
            c.setOption(StandardSocketOptions.IP_MULTICAST_IF, nif);
        }
        try {
            c.setOption(StandardSocketOptions.IP_TOS, tos);
        } catch (IOException | UnsupportedOperationException e) {
            // DSCP is a hint
        }
        c.configureBlocking(false);
        return c;
    }

    /** Mount thread. */
    void send(MediaFrame f) {
        if (!started) {
            if (!f.keyframe) {
                return;
            }
            started = true;
        }
        for (int i = 0; i < f.packets; i++) {
            ByteBuffer v = f.segmentBlock[f.packetSegment[i]].view(0);
            int at = f.packetOffset[i] + 4;
            v.clear();
            v.position(at);
            v.limit(at + f.packetLength[i]);
            try {
                int n = (f.rtcp ? rtcp : rtp).write(v);
                if (!f.rtcp && n > 0) {
                    packets++;
                    bytes += n;
                }
            } catch (IOException e) {
                // a send refused by the network stack is a lost packet, not a reason to stop
            }
        }
    }

    @Override
    public void close() {
        try {
            rtp.close();
            rtcp.close();
        } catch (IOException e) {
            // nothing to do
        }
    }
}
