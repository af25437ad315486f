package io.rotordream.video.v4l2.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertSame;
import static org.junit.Assert.assertTrue;

import java.lang.annotation.Annotation;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

import io.rotordream.video.api.FrameFormat;
import io.rotordream.video.api.FrameSource;
import io.rotordream.video.api.PixelFormat;

/** Device nodes are files in a temporary directory; opening them reaches fake cameras. */
public class DiscoveryTest {

    @Rule
    public TemporaryFolder tmp = new TemporaryFolder();
    private Path dev;
    private final Map<String, FakeCamera> cameras = new HashMap<>();
    private final Registry registry = new Registry();

    /** The service registry, as far as the scanner uses it. */
    static final class Registry implements DeviceScanner.Registrar {
        final Map<String, V4l2FrameSource> services = new HashMap<>();
        final Map<String, Map<String, Object>> properties = new HashMap<>();
        final List<String> log = new ArrayList<>();

        @Override
        public synchronized DeviceScanner.Registration register(V4l2FrameSource s, Map<String, Object> props) {
            String id = (String) props.get(FrameSource.ID);
            services.put(id, s);
            properties.put(id, props);
            log.add("+" + id);
            return () -> {
                synchronized (Registry.this) {
                    services.remove(id);
                    log.add("-" + id);
                }
            };
        }

        synchronized int size() {
            return services.size();
        }

        synchronized V4l2FrameSource get(String id) {
            return services.get(id);
        }
    }

    @Before
    public void setUp() {
        dev = tmp.getRoot().toPath();
    }

    private DeviceOpener opener() {
        return path -> {
            FakeCamera c = cameras.get(path);
            if (c == null) {
                throw new V4l2Exception("open " + path, Posix.ENOENT, "No such file or directory");
            }
            return c.open();
        };
    }

    private FakeCamera node(String name, FakeCamera cam) throws Exception {
        Files.createFile(dev.resolve(name));
        cameras.put(cam.path, cam);
        return cam;
    }

    private String path(String name) {
        return dev.resolve(name).toString();
    }

    private DeviceScanner scanner() {
        return new DeviceScanner(dev, "video*", opener(),
                (p, cap) -> new V4l2FrameSource(p, cap.card(), opener(), CaptureTest.FAST, new FixedClocks()), registry);
    }

    @Test
    public void noDeviceRegistersNothing() {
        DeviceScanner s = scanner();
        s.scan();
        s.scan();
        assertEquals(0, registry.size());
        new DeviceScanner(dev.resolve("missing"), "video*", opener(), (p, c) -> null, registry).scan();
        assertEquals(0, registry.size());
    }

    @Test
    public void oneServicePerCaptureNode() throws Exception {
        node("video0", FakeCamera.uvc(path("video0")));
        node("video1", FakeCamera.uvc(path("video1")).nodeCaps(0x00800000 | V4l2.V4L2_CAP_STREAMING)); // UVC metadata node
        Files.createFile(dev.resolve("video2")); // cannot be opened
        Files.createFile(dev.resolve("vbi0"));
        DeviceScanner s = scanner();
        s.scan();

        String id = "v4l2:" + path("video0");
        assertEquals(List.of("+" + id), registry.log);
        Map<String, Object> props = registry.properties.get(id);
        assertEquals(id, props.get(FrameSource.ID));
        assertEquals("v4l2", props.get(FrameSource.KIND));
        assertEquals(id, registry.get(id).id());

        s.scan();
        assertEquals("nothing new", 1, registry.log.size());
        assertEquals("video1 is not probed again", 1, cameras.get(path("video1")).opens);
    }

    @Test
    public void unregisteredWhenTheNodeGoesAway() throws Exception {
        FakeCamera cam = node("video0", FakeCamera.uvc(path("video0")));
        DeviceScanner s = scanner();
        s.scan();
        assertEquals(1, registry.size());
        Files.delete(dev.resolve("video0"));
        cam.unplug();
        s.scan();
        assertEquals(0, registry.size());
        cam.plug();
        Files.createFile(dev.resolve("video0"));
        s.scan();
        assertEquals(1, registry.size());
    }

    @Test
    public void aCapturingSourceStaysRegisteredAndResumesWhenItsNodeReturns() throws Exception {
        FakeCamera cam = node("video0", FakeCamera.uvc(path("video0")));
        DeviceScanner s = scanner();
        s.scan();
        String id = "v4l2:" + path("video0");
        V4l2FrameSource source = registry.get(id);
        RecordingSink sink = new RecordingSink();
        source.configure(new FrameFormat(PixelFormat.YUYV, 640, 480, 30, 1));
        source.start(sink, null);
        try {
            cam.emitWhenQueued(1);
            Await.until("a frame", () -> sink.count() == 1);

            cam.unplug();
            Files.delete(dev.resolve("video0"));
            s.scan();
            assertSame("a capturing camera stays the registered sensor while it is gone", source, registry.get(id));
            Await.until("onSourceStopped", () -> sink.stops().size() == 1);

            cam.plug();
            Files.createFile(dev.resolve("video0"));
            s.scan();
            assertSame("the same, still started source", source, registry.get(id));
            Await.until("streaming again", () -> cam.read(() -> cam.streamOns) == 2);
            cam.emitWhenQueued(1);
            Await.until("a frame after the return", () -> sink.count() == 2);
        } finally {
            s.close();
        }
        assertTrue("closing stops the sources", !source.running());
        assertEquals(0, registry.size());
    }

    @Test
    public void theComponentScansOnItsOwnThreadAndCleansUp() throws Exception {
        node("video0", FakeCamera.uvc(path("video0")));
        V4l2DiscoveryComponent c = new V4l2DiscoveryComponent(config(dev.toString(), 200), 4, opener(), registry);
        try {
            Await.until("registered", () -> registry.size() == 1);
            c.apply(config(dev.toString(), 300), 4);
            Await.until("still registered after modified", () -> registry.size() == 1);
        } finally {
            c.deactivate();
        }
        assertEquals(0, registry.size());
    }

    static V4l2Config config(String dir, int intervalMs) {
        return new V4l2Config() {
            @Override
            public Class<? extends Annotation> annotationType() {
                return V4l2Config.class;
            }

            @Override
            public int scan__interval__ms() {
                return intervalMs;
            }

            @Override
            public String device__glob() {
                return "video*";
            }

            @Override
            public String device__directory() {
                return dir;
            }
        };
    }
}
