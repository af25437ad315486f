package io.rotordream.metrics.rest.internal;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

import javax.ws.rs.sse.Sse;
import javax.ws.rs.sse.SseEventSink;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.metatype.annotations.Designate;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.rotordream.metrics.api.MetricSink;
import io.rotordream.metrics.api.MetricSource;
import io.rotordream.metrics.api.MetricsSnapshot;
import io.rotordream.metrics.api.SnapshotListener;
import io.rotordream.rest.api.sse.SseClients;

/** Pushes every snapshot's realtime view to the open event streams, off the collector's thread. */
@Component(service = { RealtimeStream.class, SnapshotListener.class, MetricSource.class },
        configurationPid = StreamConfig.PID, property = MetricSource.NAME + "=metrics_stream")
@Designate(ocd = StreamConfig.class)
public final class RealtimeStream implements SnapshotListener, MetricSource {

    private final ObjectMapper mapper = Json.mapper();
    private final SseClients clients;
    private final ExecutorService sender = new ThreadPoolExecutor(1, 1, 0, TimeUnit.SECONDS,
            new LinkedBlockingQueue<>(2), r -> {
                Thread t = new Thread(r, "rotordream-metrics-sse");
                t.setDaemon(true);
                return t;
            }, new ThreadPoolExecutor.DiscardOldestPolicy());
    private volatile String last;
    private volatile long lastSequence;

    @Activate
    public RealtimeStream(StreamConfig config) {
        clients = new SseClients(config.max__clients(), config.max__pending());
    }

    @Modified
    void modified(StreamConfig config) {
        clients.limits(config.max__clients(), config.max__pending());
    }

    @Deactivate
    void deactivate() {
        sender.shutdownNow();
        clients.closeAll();
    }

    boolean open(SseEventSink sink, Sse sse) {
        if (!clients.add(sink, sse)) {
            return false;
        }
        String now = last;
        if (now != null) {
            clients.sendTo(sink, "metrics", Long.toString(lastSequence), now);
        }
        return true;
    }

    boolean full() {
        return clients.full();
    }

    @Override
    public void collected(MetricsSnapshot snapshot) {
        sender.execute(() -> {
            try {
                last = mapper.writeValueAsString(RealtimeView.of(snapshot, false));
                lastSequence = snapshot.sequence;
                clients.broadcast("metrics", Long.toString(snapshot.sequence), last);
            } catch (JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    @Override
    public void collect(MetricSink sink) {
        sink.gauge("rotordream_metrics_stream_clients", "Clients of the realtime metrics event stream.", clients.size());
        sink.counter("rotordream_metrics_stream_events_total", "Realtime events written to clients.", clients.sent());
        sink.counter("rotordream_metrics_stream_skipped_total", "Realtime events skipped for clients too slow to take them.",
                clients.skipped());
    }
}
