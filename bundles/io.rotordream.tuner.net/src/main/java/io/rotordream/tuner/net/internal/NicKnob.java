package io.rotordream.tuner.net.internal;

import java.io.IOException;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.rotordream.tuner.api.Knob;
import io.rotordream.tuner.api.KnobException;
import io.rotordream.tuner.api.knobs.Commands;
import io.rotordream.tuner.api.knobs.Errnos;
import io.rotordream.tuner.api.knobs.Values;

/**
 * A NIC setting read and written with ethtool or ip, in the configured network namespace: ring
 * sizes (-g/-G), offloads (-k/-K), interrupt coalescing (-c/-C), MTU (ip link). The ethtool tool
 * rather than its ioctl: it already knows every driver's netlink and ioctl variants, and its
 * messages carry the kernel's reason.
 */
final class NicKnob implements Knob {

    enum Kind {
        RING_RX("ring_rx", "-g", "-G", "rx", "RX"),
        RING_TX("ring_tx", "-g", "-G", "tx", "TX"),
        TSO("tso", "-k", "-K", "tso", "tcp-segmentation-offload"),
        GSO("gso", "-k", "-K", "gso", "generic-segmentation-offload"),
        GRO("gro", "-k", "-K", "gro", "generic-receive-offload"),
        RX_USECS("rx_usecs", "-c", "-C", "rx-usecs", "rx-usecs"),
        TX_USECS("tx_usecs", "-c", "-C", "tx-usecs", "tx-usecs"),
        MTU("mtu", null, null, null, null);

        final String knob;
        final String show;
        final String set;
        final String word;
        final String label;

        Kind(String knob, String show, String set, String word, String label) {
            this.knob = knob;
            this.show = show;
            this.set = set;
            this.word = word;
            this.label = label;
        }

        static Kind of(String knob) {
            for (Kind k : values()) {
                if (k.knob.equals(knob)) {
                    return k;
                }
            }
            return null;
        }
    }

    private static final Pattern MTU = Pattern.compile("\"mtu\":([0-9]+)");

    private final String iface;
    private final Kind kind;
    private final Commands commands;

    NicKnob(String iface, Kind kind, Commands commands) {
        this.iface = iface;
        this.kind = kind;
        this.commands = commands;
    }

    @Override
    public String name() {
        return "net." + (commands.netns().isEmpty() ? "" : commands.netns() + "/") + iface + "." + kind.knob;
    }

    @Override
    public String path() {
        String ns = commands.netns().isEmpty() ? "" : "ip netns exec " + commands.netns() + " ";
        return ns + (kind == Kind.MTU ? "ip link " + iface + " mtu" : "ethtool " + kind.show + " " + iface + " " + kind.word);
    }

    /** True when the driver fixes an offload ("on [fixed]"), so it can never change. */
    boolean fixed() throws KnobException {
        return kind.show != null && kind.show.equals("-k") && line().contains("[fixed]");
    }

    @Override
    public String read() throws KnobException {
        if (kind == Kind.MTU) {
            Matcher m = MTU.matcher(run(List.of("ip", "-j", "link", "show", "dev", iface)));
            if (!m.find()) {
                throw new KnobException(name(), KnobException.Failure.FAILED, null, "no mtu in ip's answer");
            }
            return m.group(1);
        }
        String line = line();
        String value = line.substring(line.indexOf(':') + 1).trim();
        return value.split("\\s+")[0];
    }

    /** The line of ethtool's answer for this setting; ring sizes are the "Current hardware settings" ones. */
    private String line() throws KnobException {
        String out = run(List.of("ethtool", kind.show, iface));
        String[] lines = out.split("\n");
        int from = 0;
        if (kind.show.equals("-g")) {
            for (int i = 0; i < lines.length; i++) {
                if (lines[i].startsWith("Current hardware settings")) {
                    from = i;
                }
            }
        }
        for (int i = from; i < lines.length; i++) {
            if (lines[i].trim().startsWith(kind.label + ":")) {
                return lines[i].trim();
            }
        }
        throw new KnobException(name(), KnobException.Failure.UNSUPPORTED, "EOPNOTSUPP",
                "ethtool " + kind.show + " " + iface + " shows no " + kind.label);
    }

    @Override
    public String normalize(String wanted) throws KnobException {
        return switch (kind) {
            case TSO, GSO, GRO -> Values.oneOf(List.of("on", "off")).normalize(name(), wanted);
            case MTU -> Values.integer(68, 65536).normalize(name(), wanted);
            case RING_RX, RING_TX -> Values.integer(1, 65536).normalize(name(), wanted);
            default -> Values.integer(0, 100_000).normalize(name(), wanted);
        };
    }

    @Override
    public void write(String value) throws KnobException {
        if (kind == Kind.MTU) {
            run(List.of("ip", "link", "set", "dev", iface, "mtu", value));
        } else {
            run(List.of("ethtool", kind.set, iface, kind.word, value));
        }
    }

    private String run(List<String> argv) throws KnobException {
        Commands.Result r;
        try {
            r = commands.run(argv);
        } catch (IOException e) {
            throw new KnobException(name(), KnobException.Failure.FAILED, null, argv.get(0) + ": " + e.getMessage());
        }
        if (!r.ok()) {
            throw Errnos.fromText(name(), r.err().isBlank() ? r.out() : r.err(), String.join(" ", argv));
        }
        return r.out();
    }
}
