package io.rotordream.video.v4l2.internal;

import java.nio.file.Path;
import java.util.Hashtable;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Modified;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.rotordream.video.api.FrameSource;

/**
 * Scans for V4L2 capture nodes and registers one {@link FrameSource} service per node, with
 * {@link FrameSource#ID} {@code v4l2:/dev/videoN} and {@link FrameSource#KIND} {@code v4l2}.
 */
@Component(configurationPid = { V4l2Config.PID, "rotordream.camera.capture" }, immediate = true)
public final class V4l2DiscoveryComponent {
    private static final Logger LOG = LoggerFactory.getLogger(V4l2DiscoveryComponent.class);
    /** Long enough to notice a stop request while waiting for a frame at low rates. */
    private static final int POLL_TIMEOUT_MS = 500;

    private final ScheduledExecutorService scanner;
    private final DeviceScanner devices;
    private final DeviceOpener opener;
    private volatile SourceSettings settings;
    private ScheduledFuture<?> scans;
    /** Touched by the scanning thread only. */
    private boolean linkFailureLogged;

    @Activate
    public V4l2DiscoveryComponent(V4l2Config config, V4l2Config.CaptureBuffers buffers, BundleContext context) {
        this(config, buffers.buffer__count(), LinuxVideoDevice::open, (source, props) -> {
            ServiceRegistration<FrameSource> r = context.registerService(FrameSource.class, source, new Hashtable<>(props));
            return () -> {
                try {
                    r.unregister();
                } catch (IllegalStateException alreadyGone) {
                    // the bundle is stopping and the framework unregistered it first
                }
            };
        });
    }

    DeviceScanner scanner() {
        return devices;
    }

    V4l2DiscoveryComponent(V4l2Config config, int bufferCount, DeviceOpener opener, DeviceScanner.Registrar registrar) {
        this.opener = opener;
        this.settings = settings(config, bufferCount);
        this.devices = new DeviceScanner(Path.of(config.device__directory()), config.device__glob(), opener,
                (path, cap) -> new V4l2FrameSource(path, cap.card() + " (" + cap.driver() + ", " + cap.busInfo() + ")",
                        this.opener, settings, WallClock.SYSTEM),
                registrar);
        this.scanner = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "v4l2-discovery");
            t.setDaemon(true);
            return t;
        });
        schedule(config);
    }

    private static SourceSettings settings(V4l2Config c, int bufferCount) {
        return new SourceSettings(bufferCount, POLL_TIMEOUT_MS, Math.max(100, c.scan__interval__ms()));
    }

    private synchronized void schedule(V4l2Config c) {
        if (scans != null) {
            scans.cancel(false);
        }
        scans = scanner.scheduleWithFixedDelay(this::scanSafely, 0, Math.max(100, c.scan__interval__ms()),
                TimeUnit.MILLISECONDS);
    }

    private void scanSafely() {
        try {
            devices.scan();
        } catch (LinkageError e) {
            // JNA or libc cannot load on this platform: say so once, keep the framework alive
            if (!linkFailureLogged) {
                linkFailureLogged = true;
                LOG.error("V4L2 cameras cannot be used: native access failed", e);
            }
        } catch (RuntimeException e) {
            LOG.error("V4L2 device scan failed", e);
        }
    }

    @Modified
    void modified(V4l2Config config, V4l2Config.CaptureBuffers buffers) {
        apply(config, buffers.buffer__count());
    }

    void apply(V4l2Config config, int bufferCount) {
        SourceSettings s = settings(config, bufferCount);
        settings = s;
        scanner.execute(() -> {
            devices.reconfigure(Path.of(config.device__directory()), config.device__glob());
            devices.publishedSources().values().forEach(src -> src.settings(s));
        });
        schedule(config);
    }

    @Deactivate
    void deactivate() {
        synchronized (this) {
            if (scans != null) {
                scans.cancel(false);
            }
        }
        scanner.shutdown();
        try {
            if (!scanner.awaitTermination(10, TimeUnit.SECONDS)) {
                LOG.warn("V4L2 scan did not end within 10 s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        devices.close();
    }
}
