package io.rotordream.tuner.qos.internal;

import java.net.URI;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

import io.rotordream.streaming.api.MountInfo;
import io.rotordream.streaming.api.StreamingEndpoint;

/** The ports in the URLs the running stream servers give their clients (rtsp://host:8554/main). */
final class AnnouncedPorts {

    private static final Map<String, Integer> DEFAULT_PORTS = Map.of("rtsp", 554, "rtsps", 322);
    private final Map<StreamingEndpoint, Boolean> endpoints = new ConcurrentHashMap<>();

    void add(StreamingEndpoint e) {
        endpoints.put(e, Boolean.TRUE);
    }

    void remove(StreamingEndpoint e) {
        endpoints.remove(e);
    }

    Set<Integer> ports() {
        Set<Integer> out = new TreeSet<>();
        for (StreamingEndpoint e : endpoints.keySet()) {
            try {
                for (MountInfo m : e.mounts()) {
                    URI u = URI.create(m.url);
                    String scheme = String.valueOf(u.getScheme());
                    // a WHEP URL is the API's own HTTP port: WebRTC media ports come from video_ports
                    if (scheme.startsWith("http")) {
                        continue;
                    }
                    int port = u.getPort() > 0 ? u.getPort() : DEFAULT_PORTS.getOrDefault(scheme, -1);
                    if (port > 0) {
                        out.add(port);
                    }
                }
            } catch (RuntimeException ignored) {
                // a server stopping while asked: its ports are going anyway
            }
        }
        return out;
    }
}
