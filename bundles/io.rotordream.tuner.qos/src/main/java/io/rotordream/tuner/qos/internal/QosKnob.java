package io.rotordream.tuner.qos.internal;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.rotordream.tuner.api.Knob;
import io.rotordream.tuner.api.KnobException;
import io.rotordream.tuner.api.knobs.Commands;
import io.rotordream.tuner.api.knobs.Errnos;

/**
 * The traffic shaping of one interface as one knob. Reading parses {@code tc qdisc/class/filter
 * show} back into the tree's text; a device without RotorDream's tree reads "qdisc KIND" (the
 * kernel's default), which is its saved original, and writing that back deletes the tree.
 */
final class QosKnob implements Knob {

    /** Root qdiscs the kernel puts on a device by itself; anything else was set by someone. */
    static final Set<String> DEFAULTS = Set.of("noqueue", "pfifo_fast", "fq_codel", "mq", "fq", "pfifo", "sfq");
    private static final Pattern CLASS = Pattern.compile("class htb (\\S+) (?:parent \\S+|root).*? rate (\\S+) ceil (\\S+)");
    private static final Pattern FLOW = Pattern.compile("flowid (\\S+)");
    private static final Pattern MATCH = Pattern.compile("match ([0-9a-f]{8})/([0-9a-f]{8}) at 20");

    private final String dev;
    private final Commands tc;

    QosKnob(String dev, Commands tc) {
        this.dev = dev;
        this.tc = tc;
    }

    @Override
    public String name() {
        return "qos." + (tc.netns().isEmpty() ? "" : tc.netns() + "/") + dev;
    }

    @Override
    public String path() {
        return (tc.netns().isEmpty() ? "" : "ip netns exec " + tc.netns() + " ") + "tc qdisc/class/filter dev " + dev;
    }

    /** The root qdisc's kind and handle, e.g. {"htb", "1:"}. */
    String[] root() throws KnobException {
        for (String line : run("qdisc", "show", "dev", dev).split("\n")) {
            String[] f = line.trim().split("\\s+");
            if (f.length >= 4 && f[0].equals("qdisc") && line.contains(" root")) {
                return new String[] { f[1], f[2] };
            }
        }
        return new String[] { "noqueue", "0:" };
    }

    @Override
    public String read() throws KnobException {
        String[] root = root();
        if (!root[0].equals("htb") || !root[1].equals("1:")) {
            return "qdisc " + root[0];
        }
        Map<String, long[]> classes = new LinkedHashMap<>();
        for (String line : run("class", "show", "dev", dev).split("\n")) {
            Matcher m = CLASS.matcher(line);
            if (m.find()) {
                classes.put(m.group(1), new long[] { HtbTree.kbit(m.group(2)), HtbTree.kbit(m.group(3)) });
            }
        }
        Map<String, Set<Integer>> ports = new LinkedHashMap<>();
        String flow = null;
        for (String line : run("filter", "show", "dev", dev).split("\n")) {
            Matcher f = FLOW.matcher(line);
            if (f.find()) {
                flow = f.group(1);
            }
            Matcher m = MATCH.matcher(line);
            if (m.find() && flow != null) {
                long value = Long.parseLong(m.group(1), 16);
                long mask = Long.parseLong(m.group(2), 16);
                // the u32 word at offset 20 of the IP header holds sport (high half) and dport (low half)
                int port = (int) (mask == 0xffffL ? value & 0xffff : value >>> 16);
                ports.computeIfAbsent(flow, k -> new TreeSet<>()).add(port);
            }
        }
        long[] link = classes.get("1:1");
        long[] v = classes.get(HtbTree.VIDEO);
        long[] c = classes.get(HtbTree.CONTROL);
        long[] d = classes.get(HtbTree.DEFAULT);
        if (link == null || v == null || c == null || d == null) {
            return "htb (not RotorDream's tree: classes " + classes.keySet() + ")";
        }
        return new HtbTree(link[0], new HtbTree.Band(v[0], v[1], ports.getOrDefault(HtbTree.VIDEO, Set.of())),
                new HtbTree.Band(c[0], c[1], ports.getOrDefault(HtbTree.CONTROL, Set.of())),
                new HtbTree.Band(d[0], d[1], Set.of())).toString();
    }

    @Override
    public String normalize(String wanted) throws KnobException {
        if (wanted != null && wanted.startsWith("qdisc ")) {
            return wanted.trim();
        }
        HtbTree t = HtbTree.parse(wanted);
        if (t == null) {
            throw KnobException.invalid(name(), "'" + wanted + "' is not a shaping tree");
        }
        return t.toString();
    }

    /** The kernel's default qdisc satisfies a wanted "qdisc X" of another default kind (it picks per device). */
    @Override
    public boolean same(String current, String wanted) {
        if (current == null || wanted == null) {
            return false;
        }
        if (wanted.startsWith("qdisc ") && current.startsWith("qdisc ")) {
            return current.equals(wanted) || DEFAULTS.contains(current.substring(6)) && DEFAULTS.contains(wanted.substring(6));
        }
        return current.equals(wanted);
    }

    @Override
    public void write(String value) throws KnobException {
        String[] root = root();
        boolean ours = root[0].equals("htb") && root[1].equals("1:");
        if (ours) {
            // rebuilt whole rather than edited: the tree stays exactly what the text says
            run("qdisc", "del", "dev", dev, "root");
        } else if (!DEFAULTS.contains(root[0])) {
            throw new KnobException(name(), KnobException.Failure.BUSY, null,
                    dev + " has root qdisc " + root[0] + " set by someone else; not replaced");
        }
        if (value.startsWith("qdisc ")) {
            return; // deleting the tree gave the kernel's default back
        }
        for (List<String> cmd : HtbTree.parse(value).commands(dev)) {
            run(cmd.subList(1, cmd.size()).toArray(new String[0]));
        }
    }

    private String run(String... args) throws KnobException {
        List<String> argv = new java.util.ArrayList<>();
        argv.add("tc");
        argv.addAll(List.of(args));
        Commands.Result r;
        try {
            r = tc.run(argv);
        } catch (IOException e) {
            throw new KnobException(name(), KnobException.Failure.FAILED, null, "tc: " + e.getMessage());
        }
        if (!r.ok()) {
            throw Errnos.fromText(name(), r.err().isBlank() ? r.out() : r.err(), String.join(" ", argv));
        }
        return r.out();
    }
}
