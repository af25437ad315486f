package io.rotordream.tuner.qos.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The shaping tree as one value: link rate, and per class (video 1:10, control 1:20, default 1:30)
 * its rate, ceiling and ports. Its text form is what the qos knob reads, wants and writes:
 * {@code htb 20000kbit video=16000/20000kbit:554,8554 control=3000/4000kbit:8080 default=1000/2000kbit}.
 */
record HtbTree(long linkKbit, Band video, Band control, Band other) {

    record Band(long rateKbit, long ceilKbit, Set<Integer> ports) {
    }

    static final String VIDEO = "1:10";
    static final String CONTROL = "1:20";
    static final String DEFAULT = "1:30";
    private static final Pattern TEXT = Pattern.compile(
            "htb (\\d+)kbit video=(\\d+)/(\\d+)kbit:([\\d,]*) control=(\\d+)/(\\d+)kbit:([\\d,]*) default=(\\d+)/(\\d+)kbit");

    @Override
    public String toString() {
        return "htb " + linkKbit + "kbit video=" + video.rateKbit + "/" + video.ceilKbit + "kbit:" + ports(video.ports)
                + " control=" + control.rateKbit + "/" + control.ceilKbit + "kbit:" + ports(control.ports) + " default="
                + other.rateKbit + "/" + other.ceilKbit + "kbit";
    }

    private static String ports(Set<Integer> ports) {
        StringBuilder sb = new StringBuilder();
        new TreeSet<>(ports).forEach(p -> sb.append(sb.length() == 0 ? "" : ",").append(p));
        return sb.toString();
    }

    /** @return the tree, or {@code null} when the text is not one */
    static HtbTree parse(String text) {
        Matcher m = TEXT.matcher(text == null ? "" : text.trim());
        if (!m.matches()) {
            return null;
        }
        return new HtbTree(Long.parseLong(m.group(1)),
                new Band(Long.parseLong(m.group(2)), Long.parseLong(m.group(3)), portSet(m.group(4))),
                new Band(Long.parseLong(m.group(5)), Long.parseLong(m.group(6)), portSet(m.group(7))),
                new Band(Long.parseLong(m.group(8)), Long.parseLong(m.group(9)), Set.of()));
    }

    private static Set<Integer> portSet(String s) {
        Set<Integer> out = new TreeSet<>();
        for (String p : s.split(",")) {
            if (!p.isBlank()) {
                out.add(Integer.parseInt(p.trim()));
            }
        }
        return out;
    }

    /** The tc commands that build the tree on a device whose root qdisc is the kernel's default. */
    List<List<String>> commands(String dev) {
        List<List<String>> out = new ArrayList<>();
        out.add(List.of("tc", "qdisc", "add", "dev", dev, "root", "handle", "1:", "htb", "default", "30"));
        out.add(List.of("tc", "class", "add", "dev", dev, "parent", "1:", "classid", "1:1", "htb", "rate",
                linkKbit + "kbit", "ceil", linkKbit + "kbit", "quantum", quantum(linkKbit)));
        addClass(out, dev, VIDEO, video);
        addClass(out, dev, CONTROL, control);
        addClass(out, dev, DEFAULT, other);
        // The server sends video from its port (RTSP interleaved, RTP from the server port) and
        // clients send to it: match both, as the seed's "match ip dport 554" only sees the latter.
        filters(out, dev, video.ports, VIDEO, "1");
        filters(out, dev, control.ports, CONTROL, "2");
        return out;
    }

    private static void addClass(List<List<String>> out, String dev, String id, Band b) {
        out.add(List.of("tc", "class", "add", "dev", dev, "parent", "1:1", "classid", id, "htb", "rate",
                b.rateKbit + "kbit", "ceil", b.ceilKbit + "kbit", "quantum", quantum(b.rateKbit)));
    }

    private static void filters(List<List<String>> out, String dev, Set<Integer> ports, String flow, String prio) {
        for (int p : new TreeSet<>(ports)) {
            for (String dir : List.of("sport", "dport")) {
                out.add(List.of("tc", "filter", "add", "dev", dev, "protocol", "ip", "parent", "1:0", "prio", prio,
                        "u32", "match", "ip", dir, Integer.toString(p), "0xffff", "flowid", flow));
            }
        }
    }

    /**
     * Bytes a class may send per round: a tenth of a second's worth (htb's r2q 10) but at least one
     * full frame and at most 60 KB, which keeps htb from warning "quantum is big" at high rates.
     */
    private static String quantum(long kbit) {
        return Long.toString(Math.max(1514, Math.min(60_000, kbit * 1000 / 8 / 10)));
    }

    /** "16Mbit", "1600Kbit", "800bit" to kbit. */
    static long kbit(String tcRate) {
        Matcher m = Pattern.compile("([0-9.]+)([KMGT]?)bit").matcher(tcRate.trim());
        if (!m.matches()) {
            return -1;
        }
        double v = Double.parseDouble(m.group(1));
        double factor = switch (m.group(2).toUpperCase(Locale.ROOT)) {
            case "K" -> 1;
            case "M" -> 1e3;
            case "G" -> 1e6;
            case "T" -> 1e9;
            default -> 1e-3;
        };
        return Math.round(v * factor);
    }
}
