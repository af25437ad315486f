package io.rotordream.metrics.collector.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

import io.rotordream.metrics.api.MetricSink;
import io.rotordream.metrics.api.MetricSource;
import io.rotordream.streaming.api.ClientInfo;
import io.rotordream.streaming.api.StreamingEndpoint;

/**
 * Clients of every stream server (RTSP, WebRTC, any number, coming and going). Prometheus gets
 * per protocol and mount aggregates (a client id would be an unbounded label); the realtime JSON
 * gets each client.
 */
@Component(service = MetricSource.class, property = MetricSource.NAME + "=streaming")
public final class StreamingSource implements MetricSource {

    /** Clients listed one by one in the realtime JSON at most. */
    static final int MAX_CLIENT_DETAILS = 100;

    private final List<StreamingEndpoint> endpoints = new CopyOnWriteArrayList<>();

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addEndpoint(StreamingEndpoint e) {
        endpoints.add(e);
    }

    void removeEndpoint(StreamingEndpoint e) {
        endpoints.remove(e);
    }

    private static final class Group {
        int clients;
        double lossMax;
        double lossSum;
        double jitterMax;
        double rttMax = -1;
        double rttSum;
        int rttCount;
        long drops;
        double kbps;
    }

    @Override
    public void collect(MetricSink sink) {
        sink.gauge("rotordream_streaming_endpoints", "Stream servers running.", endpoints.size());
        if (endpoints.isEmpty()) {
            sink.absent("streaming", "no stream server (RTSP, WebRTC) is running");
            sink.absent("network_latency_ms", "no stream server is running to measure client round trips");
            return;
        }
        Map<String, Group> groups = new LinkedHashMap<>();
        List<Map<String, Object>> details = new ArrayList<>();
        Group all = new Group();
        for (StreamingEndpoint e : endpoints) {
            List<ClientInfo> clients;
            try {
                clients = e.clients();
            } catch (RuntimeException gone) {
                continue; // the server is stopping; its clients go with it
            }
            for (ClientInfo c : clients) {
                String protocol = c.protocol == null ? e.protocol() : c.protocol;
                String mount = c.mount == null ? "" : c.mount;
                add(groups.computeIfAbsent(protocol + "\u0000" + mount, k -> new Group()), c);
                add(all, c);
                if (details.size() < MAX_CLIENT_DETAILS) {
                    details.add(detail(c, protocol));
                }
            }
        }
        groups.forEach((key, g) -> {
            String[] l = { "protocol", key.substring(0, key.indexOf('\u0000')), "mount",
                key.substring(key.indexOf('\u0000') + 1) };
            sink.gauge("rotordream_streaming_clients", "Clients watching, per protocol and mount.", g.clients, l);
            sink.gauge("rotordream_streaming_client_loss_max_ratio", "Worst loss fraction any client reported.", g.lossMax, l);
            sink.gauge("rotordream_streaming_client_jitter_max_seconds", "Worst interarrival jitter any client reported.",
                    g.jitterMax / 1000, l);
            if (g.rttCount > 0) {
                sink.gauge("rotordream_streaming_client_rtt_max_seconds", "Longest round trip to a client (RTCP).", g.rttMax / 1000, l);
                sink.gauge("rotordream_streaming_client_rtt_mean_seconds", "Mean round trip to the clients (RTCP).",
                        g.rttSum / g.rttCount / 1000, l);
            }
            sink.gauge("rotordream_streaming_client_dropped_units", "Access units dropped for the clients now connected.",
                    g.drops, l);
            sink.gauge("rotordream_streaming_bitrate_bytes_per_second", "Bitrate sent to the clients.", g.kbps * 1000 / 8, l);
        });
        sink.figure("streaming_clients", all.clients);
        if (all.clients > 0) {
            sink.figure("stream_loss_percent", all.lossMax * 100);
            sink.figure("stream_jitter_ms", all.jitterMax);
            sink.figure("stream_client_drops", all.drops);
        }
        if (all.rttCount > 0) {
            // network_latency_ms: the mean round trip the clients' receiver reports give (RTCP RR LSR/DLSR).
            sink.figure("network_latency_ms", all.rttSum / all.rttCount);
            sink.figure("network_latency_max_ms", all.rttMax);
        } else {
            sink.absent("network_latency_ms", all.clients == 0 ? "no streaming client is connected"
                    : "no streaming client has reported a round trip (RTCP receiver report) yet");
        }
        sink.detail("streaming_clients", details);
    }

    private static void add(Group g, ClientInfo c) {
        g.clients++;
        g.lossMax = Math.max(g.lossMax, c.lossFraction);
        g.lossSum += c.lossFraction;
        g.jitterMax = Math.max(g.jitterMax, c.jitterMs);
        if (c.rttMs >= 0) {
            g.rttMax = Math.max(g.rttMax, c.rttMs);
            g.rttSum += c.rttMs;
            g.rttCount++;
        }
        g.drops += c.drops;
        g.kbps += c.bitrateKbps;
    }

    private static Map<String, Object> detail(ClientInfo c, String protocol) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", c.id);
        m.put("protocol", protocol);
        m.put("mount", c.mount);
        m.put("transport", c.transport);
        m.put("address", c.address);
        m.put("uptime_seconds", c.uptimeSeconds);
        m.put("bitrate_kbps", c.bitrateKbps);
        m.put("packets_lost", c.packetsLost);
        m.put("loss_fraction", c.lossFraction);
        m.put("jitter_ms", c.jitterMs);
        m.put("rtt_ms", c.rttMs >= 0 ? c.rttMs : null);
        m.put("drops", c.drops);
        return m;
    }
}
