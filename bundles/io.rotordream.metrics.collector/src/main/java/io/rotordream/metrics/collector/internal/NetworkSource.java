package io.rotordream.metrics.collector.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;

import io.rotordream.metrics.api.MetricSink;
import io.rotordream.metrics.api.MetricSource;

/** Bytes, packets, errors and drops per interface (/proc/net/dev); UDP and TCP buffer errors (/proc/net/snmp, netstat). */
@Component(service = MetricSource.class, property = MetricSource.NAME + "=network",
        configurationPid = SystemSourcesConfig.PID)
public final class NetworkSource implements MetricSource {

    /** /proc/net/snmp and netstat keys to counters: key, metric, help. */
    static final String[][] PROTOCOL_COUNTERS = {
        { "Udp.InDatagrams", "rotordream_udp_datagrams_received_total", "UDP datagrams delivered." },
        { "Udp.OutDatagrams", "rotordream_udp_datagrams_sent_total", "UDP datagrams sent." },
        { "Udp.InErrors", "rotordream_udp_receive_errors_total", "UDP datagrams that could not be delivered." },
        { "Udp.NoPorts", "rotordream_udp_no_port_total", "UDP datagrams to a port nobody listens on." },
        { "Udp.RcvbufErrors", "rotordream_udp_receive_buffer_errors_total", "UDP datagrams dropped: socket receive buffer full." },
        { "Udp.SndbufErrors", "rotordream_udp_send_buffer_errors_total", "UDP datagrams dropped: socket send buffer full." },
        { "Tcp.RetransSegs", "rotordream_tcp_retransmitted_segments_total", "TCP segments retransmitted." },
        { "Tcp.InErrs", "rotordream_tcp_receive_errors_total", "TCP segments received in error." },
        { "Tcp.OutRsts", "rotordream_tcp_resets_sent_total", "TCP resets sent." },
        { "TcpExt.ListenOverflows", "rotordream_tcp_listen_overflows_total", "Connections refused: accept queue full." },
        { "TcpExt.ListenDrops", "rotordream_tcp_listen_drops_total", "Connection requests dropped at listen." },
        { "TcpExt.TCPBacklogDrop", "rotordream_tcp_backlog_drops_total", "Segments dropped: socket backlog full." },
        { "TcpExt.PruneCalled", "rotordream_tcp_receive_queue_pruned_total", "Receive queues pruned for lack of buffer." },
        { "TcpExt.TCPRcvQDrop", "rotordream_tcp_receive_queue_drops_total", "Segments dropped: receive queue full." } };

    private final ProcFs fs;
    private volatile Pattern ignore;
    private Map<String, NetDev> previous = new HashMap<>();
    private Map<String, Long> previousProto = new HashMap<>();
    private long previousNanos;

    @Activate
    public NetworkSource(SystemSourcesConfig config) {
        this(ProcFs.real(), config.interface__ignore());
    }

    NetworkSource(ProcFs fs, String ignore) {
        this.fs = fs;
        this.ignore = Pattern.compile(ignore);
    }

    @Modified
    void modified(SystemSourcesConfig config) {
        ignore = Pattern.compile(config.interface__ignore());
    }

    @Override
    public synchronized void collect(MetricSink sink) {
        long now = System.nanoTime();
        double seconds = previousNanos == 0 ? 0 : (now - previousNanos) / 1e9;
        previousNanos = now;
        interfaces(sink, seconds);
        protocols(sink, seconds);
    }

    private void interfaces(MetricSink sink, double seconds) {
        List<NetDev> all = NetDev.parse(fs.procText("net/dev"));
        if (all.isEmpty()) {
            sink.absent("network", "/proc/net/dev is not readable");
            return;
        }
        Map<String, NetDev> current = new HashMap<>();
        List<Map<String, Object>> rows = new ArrayList<>();
        double rx = 0;
        double tx = 0;
        double errors = 0;
        String h = "From /proc/net/dev.";
        for (NetDev d : all) {
            if (ignore.matcher(d.iface()).find()) {
                continue;
            }
            String i = d.iface();
            current.put(i, d);
            sink.counter("rotordream_network_receive_bytes_total", h, d.rxBytes(), "interface", i);
            sink.counter("rotordream_network_transmit_bytes_total", h, d.txBytes(), "interface", i);
            sink.counter("rotordream_network_receive_packets_total", h, d.rxPackets(), "interface", i);
            sink.counter("rotordream_network_transmit_packets_total", h, d.txPackets(), "interface", i);
            sink.counter("rotordream_network_receive_errors_total", h, d.rxErrors(), "interface", i);
            sink.counter("rotordream_network_transmit_errors_total", h, d.txErrors(), "interface", i);
            sink.counter("rotordream_network_receive_drops_total", h, d.rxDrops(), "interface", i);
            sink.counter("rotordream_network_transmit_drops_total", h, d.txDrops(), "interface", i);
            String speed = fs.sysText("class/net/" + i + "/speed");
            Long mbit = null;
            try {
                mbit = speed == null ? null : Long.parseLong(speed.trim());
            } catch (NumberFormatException ignored) {
                // virtual interfaces answer EINVAL or -1
            }
            if (mbit != null && mbit > 0) {
                sink.gauge("rotordream_network_speed_bytes_per_second", "Link speed (/sys/class/net/*/speed).",
                        mbit * 1e6 / 8, "interface", i);
            }
            NetDev p = previous.get(i);
            if (p == null || seconds <= 0) {
                continue;
            }
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("interface", i);
            row.put("rx_bytes_per_second", (d.rxBytes() - p.rxBytes()) / seconds);
            row.put("tx_bytes_per_second", (d.txBytes() - p.txBytes()) / seconds);
            row.put("rx_packets_per_second", (d.rxPackets() - p.rxPackets()) / seconds);
            row.put("tx_packets_per_second", (d.txPackets() - p.txPackets()) / seconds);
            row.put("errors_per_second", (d.rxErrors() - p.rxErrors() + d.txErrors() - p.txErrors()) / seconds);
            row.put("drops_per_second", (d.rxDrops() - p.rxDrops() + d.txDrops() - p.txDrops()) / seconds);
            row.put("rx_errors", d.rxErrors());
            row.put("tx_errors", d.txErrors());
            row.put("rx_drops", d.rxDrops());
            row.put("tx_drops", d.txDrops());
            if (mbit != null && mbit > 0) {
                row.put("speed_mbit", mbit);
            }
            rows.add(row);
            if (!i.equals("lo")) {
                rx += (d.rxBytes() - p.rxBytes()) / seconds;
                tx += (d.txBytes() - p.txBytes()) / seconds;
            }
            errors += (d.rxErrors() - p.rxErrors() + d.txErrors() - p.txErrors() + d.rxDrops() - p.rxDrops()
                    + d.txDrops() - p.txDrops()) / seconds;
        }
        previous = current;
        if (seconds > 0) {
            // Loopback is left out of the throughput figures: it is not the camera's network.
            sink.figure("network_rx_megabits_per_second", rx * 8 / 1e6);
            sink.figure("network_tx_megabits_per_second", tx * 8 / 1e6);
            sink.figure("network_errors_per_second", errors);
            sink.detail("network_interfaces", rows);
        }
    }

    private void protocols(MetricSink sink, double seconds) {
        Map<String, Long> all = new HashMap<>(KeyValues.snmp(fs.procText("net/snmp")));
        all.putAll(KeyValues.snmp(fs.procText("net/netstat")));
        if (all.isEmpty()) {
            sink.absent("network_protocols", "/proc/net/snmp is not readable");
            return;
        }
        for (String[] c : PROTOCOL_COUNTERS) {
            Long v = all.get(c[0]);
            if (v != null) {
                sink.counter(c[1], c[2], v);
            }
        }
        Long established = all.get("Tcp.CurrEstab");
        if (established != null) {
            sink.gauge("rotordream_tcp_connections", "TCP connections established now.", established);
        }
        if (!previousProto.isEmpty() && seconds > 0) {
            sink.figure("udp_buffer_errors_per_second", (delta(all, "Udp.RcvbufErrors") + delta(all, "Udp.SndbufErrors")) / seconds);
            sink.figure("tcp_retransmits_per_second", delta(all, "Tcp.RetransSegs") / seconds);
        }
        previousProto = all;
    }

    private double delta(Map<String, Long> now, String key) {
        return Math.max(0, now.getOrDefault(key, 0L) - previousProto.getOrDefault(key, 0L));
    }
}
