package io.rotordream.tuner.net.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.osgi.util.converter.Converters;

import io.rotordream.tuner.api.Knob;
import io.rotordream.tuner.api.KnobException;
import io.rotordream.tuner.api.Tuner;
import io.rotordream.tuner.api.Wanted;
import io.rotordream.tuner.api.knobs.Commands;
import io.rotordream.tuner.api.knobs.FileKnob;
import io.rotordream.tuner.api.knobs.KnobFiles;
import io.rotordream.tuner.api.knobs.Values;

/**
 * The net plugin: socket buffer and busy-polling sysctls under the root
 * (Documentation/admin-guide/sysctl/net.rst, networking/ip-sysctl.rst), and per NIC the ring
 * sizes, offloads, coalescing and MTU through ethtool and ip, in the configured namespace.
 */
public class NetTuner implements Tuner {

    static final String NAME = "net";
    /** Sysctl knob to its file under /proc/sys and its values, in the order they apply. */
    private static final Map<String, String[]> SYSCTLS = new LinkedHashMap<>();
    private static final Pattern DEFAULT_DEV = Pattern.compile("\"dev\":\"([^\"]+)\"");

    static {
        SYSCTLS.put("rmem_max", new String[] { "net/core/rmem_max", "int" });
        SYSCTLS.put("wmem_max", new String[] { "net/core/wmem_max", "int" });
        SYSCTLS.put("tcp_rmem", new String[] { "net/ipv4/tcp_rmem", "triple" });
        SYSCTLS.put("tcp_wmem", new String[] { "net/ipv4/tcp_wmem", "triple" });
        SYSCTLS.put("netdev_max_backlog", new String[] { "net/core/netdev_max_backlog", "int" });
        SYSCTLS.put("busy_poll", new String[] { "net/core/busy_poll", "int" });
        SYSCTLS.put("busy_read", new String[] { "net/core/busy_read", "int" });
    }

    private final KnobFiles io;
    /** Tool runner for a namespace name ("" for the appliance's own). */
    private final Function<String, Commands> commands;

    public NetTuner(KnobFiles io, Function<String, Commands> commands) {
        this.io = io;
        this.commands = commands;
    }

    static Function<String, Commands> processes() {
        return ns -> Commands.processes(ns, Duration.ofSeconds(10));
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String pid() {
        return NetConfig.PID;
    }

    @Override
    public Set<String> placement() {
        return Set.of("interfaces", "netns");
    }

    @Override
    public Wanted wanted(Map<String, Object> configuration, Path root) throws KnobException {
        NetConfig c = Converters.standardConverter().convert(configuration).to(NetConfig.class);
        Wanted w = new Wanted();
        sysctl(w, "rmem_max", c.rmem__max());
        sysctl(w, "wmem_max", c.wmem__max());
        if (!c.tcp__rmem().isBlank()) {
            w.set("net.tcp_rmem", c.tcp__rmem());
        }
        if (!c.tcp__wmem().isBlank()) {
            w.set("net.tcp_wmem", c.tcp__wmem());
        }
        sysctl(w, "netdev_max_backlog", c.netdev__max__backlog());
        sysctl(w, "busy_poll", c.busy__poll());
        sysctl(w, "busy_read", c.busy__read());
        Map<NicKnob.Kind, String> nic = new LinkedHashMap<>();
        if (c.mtu() >= 0) {
            nic.put(NicKnob.Kind.MTU, Integer.toString(c.mtu()));
        }
        if (!c.offloads().isEmpty()) {
            nic.put(NicKnob.Kind.TSO, c.offloads());
            nic.put(NicKnob.Kind.GSO, c.offloads());
            nic.put(NicKnob.Kind.GRO, c.offloads());
        }
        putIf(nic, NicKnob.Kind.RING_RX, c.ring__rx());
        putIf(nic, NicKnob.Kind.RING_TX, c.ring__tx());
        putIf(nic, NicKnob.Kind.RX_USECS, c.rx__usecs());
        putIf(nic, NicKnob.Kind.TX_USECS, c.tx__usecs());
        if (nic.isEmpty()) {
            return w;
        }
        Commands tools = commands.apply(c.netns());
        for (String iface : interfaces(c, tools, w)) {
            for (Map.Entry<NicKnob.Kind, String> e : nic.entrySet()) {
                NicKnob k = new NicKnob(iface, e.getKey(), tools);
                // A driver without ring or coalescing settings (virtio, veth) is a fact of the
                // machine, not an error of the profile: note it and go on.
                try {
                    String now = k.read();
                    if (k.fixed() && !now.equals(e.getValue())) {
                        w.note(k.name() + " is fixed " + now + " by the driver");
                        continue;
                    }
                } catch (KnobException x) {
                    if (x.failure() == KnobException.Failure.NO_SUCH_DEVICE) {
                        throw x;
                    }
                    w.note(k.name() + " not applied: " + x.describe());
                    continue;
                }
                w.set(k.name(), e.getValue());
            }
        }
        return w;
    }

    private static void sysctl(Wanted w, String knob, int value) {
        if (value >= 0) {
            w.set(NAME + "." + knob, Integer.toString(value));
        }
    }

    private static void putIf(Map<NicKnob.Kind, String> m, NicKnob.Kind k, int v) {
        if (v >= 0) {
            m.put(k, Integer.toString(v));
        }
    }

    private static List<String> interfaces(NetConfig c, Commands tools, Wanted w) throws KnobException {
        if (c.interfaces().length > 0) {
            for (String i : c.interfaces()) {
                if (i.isBlank() || i.contains("/") || i.contains(".") && !i.matches("[^.]+\\.[0-9]+")) {
                    throw KnobException.invalid("net.interfaces", "'" + i + "' is not an interface name");
                }
            }
            return List.of(c.interfaces());
        }
        try {
            Commands.Result r = tools.run(List.of("ip", "-j", "route", "show", "default"));
            Matcher m = DEFAULT_DEV.matcher(r.out());
            if (r.ok() && m.find()) {
                return List.of(m.group(1));
            }
        } catch (IOException e) {
            throw new KnobException("net.interfaces", KnobException.Failure.FAILED, null, "ip: " + e.getMessage());
        }
        w.note("no default route" + (c.netns().isEmpty() ? "" : " in namespace " + c.netns())
                + ": name the interfaces to tune their NIC settings");
        return List.of();
    }

    @Override
    public List<Knob> knobs(Path root) {
        List<Knob> out = new ArrayList<>();
        for (String k : SYSCTLS.keySet()) {
            FileKnob f = sysctlKnob(k, root);
            if (Files.exists(f.file())) {
                out.add(f);
            }
        }
        return out;
    }

    @Override
    public Knob knob(String name, Path root) throws KnobException {
        if (!name.startsWith(NAME + ".")) {
            throw KnobException.unknown(name, "net knobs start with net.");
        }
        String rest = name.substring(NAME.length() + 1);
        if (SYSCTLS.containsKey(rest)) {
            return sysctlKnob(rest, root);
        }
        int dot = rest.lastIndexOf('.');
        NicKnob.Kind kind = dot < 0 ? null : NicKnob.Kind.of(rest.substring(dot + 1));
        if (kind == null) {
            throw KnobException.unknown(name, "net knobs: " + SYSCTLS.keySet()
                    + " and net.IFACE.{mtu,tso,gso,gro,ring_rx,ring_tx,rx_usecs,tx_usecs}");
        }
        // A NIC in a namespace is named ns/iface, so its saved original can be restored later
        // whatever the configuration says by then.
        String id = rest.substring(0, dot);
        int slash = id.indexOf('/');
        return new NicKnob(slash < 0 ? id : id.substring(slash + 1), kind, commands.apply(slash < 0 ? "" : id.substring(0, slash)));
    }

    private FileKnob sysctlKnob(String k, Path root) {
        String[] spec = SYSCTLS.get(k);
        Values v = "triple".equals(spec[1]) ? Values.integers(3, 1, Integer.MAX_VALUE) : Values.integer(0, Integer.MAX_VALUE);
        return new FileKnob(NAME + "." + k, root.resolve("proc/sys").resolve(spec[0]), "/proc/sys/" + spec[0], v, io);
    }
}
