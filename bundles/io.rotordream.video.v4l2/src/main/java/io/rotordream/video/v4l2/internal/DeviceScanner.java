package io.rotordream.video.v4l2.internal;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.rotordream.video.api.FrameSource;

/**
 * One pass over the device directory: probes new nodes with VIDIOC_QUERYCAP and registers a
 * FrameSource for each capture node; unregisters the sources whose node went away. A source that
 * is capturing when its node goes away is kept, still started: it reopens the node by itself when
 * it comes back, and is registered again then. Not thread-safe: one scanning thread.
 */
final class DeviceScanner {
    private static final Logger LOG = LoggerFactory.getLogger(DeviceScanner.class);

    /** Publishes a source (the OSGi service registry in production). */
    interface Registrar {
        Registration register(V4l2FrameSource source, Map<String, Object> properties);
    }

    interface Registration {
        void unregister();
    }

    /** Makes the source of a newly found capture node. */
    interface SourceFactory {
        V4l2FrameSource create(String path, VideoDevice.Capability capability);
    }

    private record Published(V4l2FrameSource source, Registration registration) {
    }

    private final DeviceOpener opener;
    private final SourceFactory factory;
    private final Registrar registrar;
    private volatile Path directory;
    private volatile String glob;
    private final Map<String, Published> published = new LinkedHashMap<>();
    /** Sources still started whose node is gone. */
    private final Map<String, V4l2FrameSource> waiting = new HashMap<>();
    /** Nodes that are not capture nodes (metadata, output, codecs), not probed again while present. */
    private final Set<String> ignored = new HashSet<>();
    private final Set<String> failing = new HashSet<>();
    private boolean reportedNone;

    DeviceScanner(Path directory, String glob, DeviceOpener opener, SourceFactory factory, Registrar registrar) {
        this.directory = directory;
        this.glob = glob;
        this.opener = opener;
        this.factory = factory;
        this.registrar = registrar;
    }

    void reconfigure(Path dir, String pattern) {
        this.directory = dir;
        this.glob = pattern;
    }

    void scan() {
        Set<String> present = list();
        for (Iterator<Map.Entry<String, Published>> it = published.entrySet().iterator(); it.hasNext();) {
            Map.Entry<String, Published> e = it.next();
            if (!present.contains(e.getKey()) && !keepWhileCapturing(e.getKey(), e.getValue())) {
                it.remove();
                gone(e.getKey(), e.getValue());
            }
        }
        waiting.keySet().removeIf(path -> present.contains(path) && published.containsKey(path));
        ignored.retainAll(present);
        failing.retainAll(present);
        waiting.values().removeIf(s -> !s.running());
        for (String path : present) {
            if (!published.containsKey(path) && !ignored.contains(path)) {
                probe(path);
            }
        }
        if (published.isEmpty() && !reportedNone) {
            reportedNone = true;
            LOG.info("No V4L2 capture device in {} matching {}; looking again every scan", directory, glob);
        } else if (!published.isEmpty()) {
            reportedNone = false;
        }
    }

    /**
     * A camera that is streaming stays registered while its node is briefly gone (a USB hiccup, a
     * re-plug): the source reopens it by itself, and the pipeline keeps it instead of falling back
     * to another sensor and showing a picture that is not the camera's.
     */
    private boolean keepWhileCapturing(String path, Published p) {
        if (p.source().running()) {
            if (waiting.put(path, p.source()) == null) {
                LOG.info("{} went away while capturing; it stays the sensor and resumes when the device returns", path);
            }
            return true;
        }
        return false;
    }

    private void gone(String path, Published p) {
        p.registration().unregister();
        if (p.source().running()) {
            waiting.put(path, p.source());
            LOG.info("{} went away; its capture resumes if it comes back", path);
        } else {
            LOG.info("{} went away", path);
        }
    }

    private void probe(String path) {
        VideoDevice.Capability cap;
        try (VideoDevice d = opener.open(path)) {
            cap = d.querycap();
        } catch (V4l2Exception e) {
            if (failing.add(path)) {
                LOG.warn("{} cannot be probed (tried again every scan): {}", path, e.getMessage());
            }
            return;
        }
        failing.remove(path);
        int caps = cap.nodeCaps();
        if ((caps & V4l2.V4L2_CAP_VIDEO_CAPTURE) == 0 || (caps & V4l2.V4L2_CAP_STREAMING) == 0) {
            ignored.add(path);
            LOG.debug("{} ({}) is not a streaming single-planar capture node", path, cap.card());
            return;
        }
        V4l2FrameSource source = waiting.remove(path);
        if (source == null) {
            source = factory.create(path, cap);
        }
        Map<String, Object> props = new HashMap<>();
        props.put(FrameSource.ID, source.id());
        props.put(FrameSource.KIND, "v4l2");
        props.put("service.description", cap.card() + " (" + cap.driver() + ", " + cap.busInfo() + ")");
        published.put(path, new Published(source, registrar.register(source, props)));
        LOG.info("Found camera {}: {} ({})", path, cap.card(), cap.driver());
    }

    /** Node paths matching the glob, sorted. */
    private Set<String> list() {
        Set<String> out = new TreeSet<>();
        Path dir = directory;
        if (!Files.isDirectory(dir)) {
            return out;
        }
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir, glob)) {
            for (Path p : ds) {
                out.add(p.toString());
            }
        } catch (IOException e) {
            LOG.warn("cannot list {}: {}", dir, e.getMessage());
        }
        return out;
    }

    /** Unregisters and stops every source. */
    void close() {
        for (Published p : published.values()) {
            p.registration().unregister();
            p.source().stop();
        }
        published.clear();
        for (V4l2FrameSource s : waiting.values()) {
            s.stop();
        }
        waiting.clear();
    }

    Map<String, V4l2FrameSource> publishedSources() {
        Map<String, V4l2FrameSource> out = new LinkedHashMap<>();
        published.forEach((k, v) -> out.put(k, v.source()));
        return out;
    }
}
