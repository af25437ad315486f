package io.rotordream.webrtc.server.internal;

import java.io.IOException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.net.StandardSocketOptions;
import java.nio.channels.DatagramChannel;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/** Session sockets from the configured port range, and the addresses offered as host candidates. */
final class Sockets {

    private Sockets() {
    }

    /**
     * A non-blocking UDP socket on the wildcard address at a free port of the range (0..0: any).
     *
     * @return {@code null} when every port of the range is taken
     */
    static DatagramChannel bind(int min, int max) throws IOException {
        if (min == 0 && max == 0) {
            return open(0);
        }
        int span = max - min + 1;
        int start = ThreadLocalRandom.current().nextInt(span);
        for (int i = 0; i < span; i++) {
            try {
                return open(min + (start + i) % span);
            } catch (java.net.BindException taken) {
                // next port
            }
        }
        return null;
    }

    private static DatagramChannel open(int port) throws IOException {
        DatagramChannel ch = DatagramChannel.open();
        try {
            ch.setOption(StandardSocketOptions.SO_SNDBUF, 1 << 20);
            ch.setOption(StandardSocketOptions.SO_RCVBUF, 256 << 10);
            ch.bind(new InetSocketAddress(port));
            ch.configureBlocking(false);
            return ch;
        } catch (IOException e) {
            ch.close();
            throw e;
        }
    }

    /**
     * Host candidate addresses: the configured ones; else the IPv4 addresses of the configured
     * interfaces (all that are up when none are named), loopback only when nothing else exists;
     * the public address (1:1 NAT) last.
     */
    static List<InetAddress> candidateAddresses(List<String> addresses, List<String> interfaces, String publicAddress)
            throws IOException {
        List<InetAddress> out = new ArrayList<>();
        for (String a : addresses) {
            out.add(InetAddress.getByName(a.trim()));
        }
        if (out.isEmpty()) {
            for (NetworkInterface nif : Collections.list(NetworkInterface.getNetworkInterfaces())) {
                if (!usable(nif) || (!interfaces.isEmpty() && !interfaces.contains(nif.getName()))
                        || (interfaces.isEmpty() && nif.isLoopback())) {
                    continue;
                }
                for (InetAddress a : Collections.list(nif.getInetAddresses())) {
                    if (a instanceof Inet4Address) {
                        out.add(a);
                    }
                }
            }
        }
        if (out.isEmpty()) {
            out.add(InetAddress.getLoopbackAddress());
        }
        if (publicAddress != null && !publicAddress.isBlank()) {
            InetAddress p = InetAddress.getByName(publicAddress.trim());
            if (!out.contains(p)) {
                out.add(p);
            }
        }
        return out;
    }

    private static boolean usable(NetworkInterface nif) {
        try {
            return nif.isUp();
        } catch (SocketException e) {
            return false;
        }
    }
}
