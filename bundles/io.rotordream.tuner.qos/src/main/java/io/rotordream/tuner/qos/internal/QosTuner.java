package io.rotordream.tuner.qos.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.osgi.util.converter.Converters;

import io.rotordream.tuner.api.Knob;
import io.rotordream.tuner.api.KnobException;
import io.rotordream.tuner.api.Tuner;
import io.rotordream.tuner.api.Wanted;
import io.rotordream.tuner.api.knobs.Commands;

/**
 * The qos plugin: one htb tree per shaped interface, its video class holding the ports the stream
 * servers actually announce (plus configured ones), its control class the API's port.
 */
public class QosTuner implements Tuner {

    static final String NAME = "qos";
    private static final Pattern DEFAULT_DEV = Pattern.compile("\"dev\":\"([^\"]+)\"");
    private static final Pattern SPEED = Pattern.compile("Speed: (\\d+)Mb/s");

    private final Function<String, Commands> commands;
    private final Supplier<Set<Integer>> videoPorts;
    private final Supplier<Set<Integer>> controlPorts;

    /**
     * @param videoPorts the ports the running stream servers use
     * @param controlPorts the HTTP API's port
     */
    public QosTuner(Function<String, Commands> commands, Supplier<Set<Integer>> videoPorts,
            Supplier<Set<Integer>> controlPorts) {
        this.commands = commands;
        this.videoPorts = videoPorts;
        this.controlPorts = controlPorts;
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
        return QosConfig.PID;
    }

    @Override
    public Set<String> placement() {
        return Set.of("interfaces", "netns", "link_rate_mbit", "video_ports", "control_ports", "video_rate_percent",
                "video_ceil_percent", "control_rate_percent", "control_ceil_percent", "default_rate_percent", "default_ceil_percent");
    }

    @Override
    public Wanted wanted(Map<String, Object> configuration, Path root) throws KnobException {
        QosConfig c = Converters.standardConverter().convert(configuration).to(QosConfig.class);
        Wanted w = new Wanted();
        if (!c.enabled()) {
            return w;
        }
        if (c.video__rate__percent() + c.control__rate__percent() + c.default__rate__percent() > 100) {
            throw KnobException.invalid("qos.video_rate_percent", "video, control and default rates add up to "
                    + (c.video__rate__percent() + c.control__rate__percent() + c.default__rate__percent())
                    + "% of the link; at most 100");
        }
        Set<Integer> video = new TreeSet<>(videoPorts.get());
        for (int p : c.video__ports()) {
            video.add(p);
        }
        Set<Integer> control = new TreeSet<>(controlPorts.get());
        for (int p : c.control__ports()) {
            control.add(p);
        }
        control.removeAll(video);
        if (video.isEmpty()) {
            w.note("no video port known (no stream server announces one and video_ports is empty): not shaped");
            return w;
        }
        Commands tools = commands.apply(c.netns());
        for (String dev : interfaces(c, tools, w)) {
            QosKnob knob = new QosKnob(dev, tools);
            String[] rootQdisc = knob.root();
            if (!QosKnob.DEFAULTS.contains(rootQdisc[0]) && !(rootQdisc[0].equals("htb") && rootQdisc[1].equals("1:"))) {
                w.note(dev + " has root qdisc " + rootQdisc[0] + " set by someone else: not shaped");
                continue;
            }
            long link = c.link__rate__mbit() > 0 ? c.link__rate__mbit() : speed(dev, tools);
            if (link <= 0) {
                w.note(dev + " reports no link speed (virtual NICs do not): set link_rate_mbit to shape it");
                continue;
            }
            long kbit = link * 1000;
            HtbTree tree = new HtbTree(kbit,
                    new HtbTree.Band(kbit * c.video__rate__percent() / 100, kbit * c.video__ceil__percent() / 100, video),
                    new HtbTree.Band(kbit * c.control__rate__percent() / 100, kbit * c.control__ceil__percent() / 100, control),
                    new HtbTree.Band(kbit * c.default__rate__percent() / 100, kbit * c.default__ceil__percent() / 100, Set.of()));
            w.set(knob.name(), tree.toString());
        }
        return w;
    }

    private static long speed(String dev, Commands tools) {
        try {
            Matcher m = SPEED.matcher(tools.run(List.of("ethtool", dev)).out());
            return m.find() ? Long.parseLong(m.group(1)) : -1;
        } catch (IOException e) {
            return -1;
        }
    }

    private static List<String> interfaces(QosConfig c, Commands tools, Wanted w) throws KnobException {
        if (c.interfaces().length > 0) {
            return List.of(c.interfaces());
        }
        try {
            Commands.Result r = tools.run(List.of("ip", "-j", "route", "show", "default"));
            Matcher m = DEFAULT_DEV.matcher(r.out());
            if (r.ok() && m.find()) {
                return List.of(m.group(1));
            }
        } catch (IOException e) {
            throw new KnobException("qos.interfaces", KnobException.Failure.FAILED, null, "ip: " + e.getMessage());
        }
        w.note("no default route: name the interfaces to shape");
        return List.of();
    }

    @Override
    public List<Knob> knobs(Path root) {
        return new ArrayList<>();
    }

    @Override
    public Knob knob(String name, Path root) throws KnobException {
        if (!name.startsWith(NAME + ".") || name.length() == NAME.length() + 1) {
            throw KnobException.unknown(name, "qos knobs are qos.IFACE or qos.NETNS/IFACE");
        }
        String id = name.substring(NAME.length() + 1);
        int slash = id.indexOf('/');
        return new QosKnob(slash < 0 ? id : id.substring(slash + 1), commands.apply(slash < 0 ? "" : id.substring(0, slash)));
    }
}
