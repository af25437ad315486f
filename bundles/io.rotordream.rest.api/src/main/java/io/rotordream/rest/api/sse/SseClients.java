package io.rotordream.rest.api.sse;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import javax.ws.rs.sse.OutboundSseEvent;
import javax.ws.rs.sse.Sse;
import javax.ws.rs.sse.SseEventSink;

/**
 * A bounded set of Server-Sent Event clients, for the resources that stream (metrics, alerts).
 * Sending never blocks the caller: each client may
 * have a few events unwritten; past that it misses events (counted) until it catches up, and a
 * client whose connection failed is removed and closed.
 */
public final class SseClients {

    private final class Client {
        final SseEventSink sink;
        final AtomicInteger pending = new AtomicInteger();

        Client(SseEventSink sink) {
            this.sink = sink;
        }
    }

    private final List<Client> clients = new CopyOnWriteArrayList<>();
    private final AtomicLong skipped = new AtomicLong();
    private final AtomicLong sent = new AtomicLong();
    private volatile int maxClients;
    private volatile int maxPending;
    private volatile Sse sse;

    public SseClients(int maxClients, int maxPending) {
        limits(maxClients, maxPending);
    }

    public void limits(int maxClients, int maxPending) {
        this.maxClients = maxClients;
        this.maxPending = maxPending;
    }

    /** @return false when the limit is reached (the caller answers 503) */
    public synchronized boolean add(SseEventSink sink, Sse factory) {
        clients.removeIf(c -> c.sink.isClosed());
        if (clients.size() >= maxClients) {
            return false;
        }
        this.sse = factory;
        clients.add(new Client(sink));
        return true;
    }

    public boolean full() {
        clients.removeIf(c -> c.sink.isClosed());
        return clients.size() >= maxClients;
    }

    public void broadcast(String name, String id, String data) {
        Sse factory = sse;
        if (factory == null || clients.isEmpty()) {
            return;
        }
        OutboundSseEvent event = factory.newEventBuilder().name(name).id(id).data(data).build();
        for (Client c : clients) {
            send(c, event);
        }
    }

    /** Sends to one sink only (the first event of a new client). */
    public void sendTo(SseEventSink sink, String name, String id, String data) {
        Sse factory = sse;
        for (Client c : clients) {
            if (c.sink == sink && factory != null) {
                send(c, factory.newEventBuilder().name(name).id(id).data(data).build());
            }
        }
    }

    private void send(Client c, OutboundSseEvent event) {
        if (c.sink.isClosed()) {
            clients.remove(c);
            return;
        }
        if (c.pending.get() >= maxPending) {
            skipped.incrementAndGet();
            return;
        }
        c.pending.incrementAndGet();
        try {
            c.sink.send(event).whenComplete((ok, error) -> {
                c.pending.decrementAndGet();
                if (error != null) {
                    drop(c);
                } else {
                    sent.incrementAndGet();
                }
            });
        } catch (RuntimeException e) {
            c.pending.decrementAndGet();
            drop(c);
        }
    }

    private void drop(Client c) {
        if (clients.remove(c)) {
            try {
                c.sink.close();
            } catch (RuntimeException ignored) {
                // already gone
            }
        }
    }

    public int size() {
        return clients.size();
    }

    public long skipped() {
        return skipped.get();
    }

    public long sent() {
        return sent.get();
    }

    public void closeAll() {
        for (Client c : clients) {
            drop(c);
        }
    }
}
