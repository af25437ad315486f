package io.rotordream.video.pipeline.internal;

import java.util.Dictionary;
import java.util.Hashtable;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

import io.rotordream.memory.api.BufferPools;
import io.rotordream.os.api.ThreadScheduling;
import io.rotordream.video.api.FormatCapability;
import io.rotordream.video.api.FrameFormat;
import io.rotordream.video.api.FrameSource;
import io.rotordream.video.api.camera.Camera;
import io.rotordream.video.api.camera.CameraStatus;
import io.rotordream.video.api.camera.EncoderInfo;
import io.rotordream.video.api.encoder.EncoderFactory;
import io.rotordream.video.api.stream.PipelineMonitor;
import io.rotordream.video.api.stream.PipelineStats;
import io.rotordream.video.api.stream.VideoStream;

/**
 * The video pipeline's OSGi edge: configuration in, sensors and encoder backends tracked
 * dynamically (a bundle stopping never stops the pipeline), the main stream registered as a
 * {@link VideoStream} service.
 */
@Component(service = { Camera.class, PipelineMonitor.class },
        configurationPid = { CaptureConfig.PID, SensorConfig.PID, EncodingConfig.PID, ThreadsConfig.PID,
                SubstreamConfig.PID })
public final class PipelineComponent implements Camera, PipelineMonitor {

    private final BufferPools pools;
    private final Pipeline pipeline;
    private final Map<String, EncodingProfileComponent> profiles = new ConcurrentHashMap<>();
    private volatile CaptureConfig capture;
    private volatile SensorConfig sensor;
    private volatile EncodingConfig encoding;
    private volatile ThreadsConfig threads;
    private volatile SubstreamConfig substream;
    private final BundleContext context;
    private ServiceRegistration<VideoStream> registration;
    private ServiceRegistration<VideoStream> subRegistration;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    volatile ThreadScheduling scheduling;

    @Activate
    public PipelineComponent(BundleContext context, CaptureConfig capture, SensorConfig sensor,
            EncodingConfig encoding, ThreadsConfig threads, SubstreamConfig substream, @Reference BufferPools pools) {
        this.context = context;
        this.pools = pools;
        this.pipeline = new Pipeline(pools, () -> scheduling, capture.queue__length());
        modified(capture, sensor, encoding, threads, substream);
        registration = context.registerService(VideoStream.class, pipeline.main(), mount("main"));
        registerSub();
        startWhenFrameworkStarted();
    }

    /**
     * Capture and encoding start once the framework has started every bundle: at boot they would
     * otherwise compete with every other bundle for the two cores (the sub-stream's scaler runs
     * interpreted until the JIT has seen it) and delay readiness. A bundle restart after boot
     * starts at once.
     */
    private void startWhenFrameworkStarted() {
        boot = BootCompletion.whenBooted(context, () -> {
            synchronized (this) {
                if (!stopped) {
                    pipeline.start();
                }
            }
        });
    }

    private static Dictionary<String, Object> mount(String name) {
        Dictionary<String, Object> props = new Hashtable<>();
        props.put(VideoStream.MOUNT, name);
        return props;
    }

    @Modified
    void modified(CaptureConfig c, SensorConfig s, EncodingConfig e, ThreadsConfig t, SubstreamConfig sub) {
        this.capture = c;
        this.sensor = s;
        this.encoding = e;
        this.threads = t;
        this.substream = sub;
        apply();
        if (registration != null) {
            registerSub();
        }
    }

    /** The sub mount is a service only while it is enabled, so consumers see it come and go. */
    private synchronized void registerSub() {
        boolean enabled = substream.sub__enabled();
        if (enabled && subRegistration == null) {
            subRegistration = context.registerService(VideoStream.class, pipeline.sub(), mount("sub"));
        } else if (!enabled && subRegistration != null) {
            subRegistration.unregister();
            subRegistration = null;
        }
    }

    private void apply() {
        EncodingConfig e = encoding;
        EncodingProfileComponent profile = e.encoding__profile().isBlank() ? null : profiles.get(e.encoding__profile());
        io.rotordream.video.api.encoder.EncoderSettings main = SettingsMapper.encoder(e,
                profile == null ? null : profile.config());
        if (main.threads == 0) {
            main.threads = threads.encode__threads();
        }
        pipeline.configure(capture.source(),
                SettingsMapper.captureFormat(capture.resolution(), capture.frame__rate(), capture.pixel__format()),
                SettingsMapper.controls(sensor), main, List.of(e.backend__order()), threads);
        SubstreamConfig sub = substream;
        int[] size = SettingsMapper.resolution(sub.sub__resolution());
        pipeline.configureSub(sub.sub__enabled(), size[0], size[1], sub.sub__frame__rate(), sub.sub__bitrate__kbps(), main,
                List.of(e.backend__order()));
    }

    private volatile boolean stopped;
    private BootCompletion boot;

    @Deactivate
    void deactivate() {
        synchronized (this) {
            stopped = true;
        }
        boot.cancel();
        if (registration != null) {
            registration.unregister();
        }
        synchronized (this) {
            if (subRegistration != null) {
                subRegistration.unregister();
                subRegistration = null;
            }
        }
        pipeline.stop();
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addSource(FrameSource source, Map<String, Object> props) {
        pipeline.sourceAdded(String.valueOf(props.get(FrameSource.ID)), String.valueOf(props.get(FrameSource.KIND)),
                source);
    }

    void removeSource(FrameSource source, Map<String, Object> props) {
        pipeline.sourceRemoved(String.valueOf(props.get(FrameSource.ID)), source);
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addBackend(EncoderFactory factory) {
        pipeline.backendAdded(factory);
    }

    void removeBackend(EncoderFactory factory) {
        pipeline.backendRemoved(factory);
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addProfile(EncodingProfileComponent p) {
        profiles.put(p.name(), p);
        reapplyIfNamed(p.name());
    }

    void updatedProfile(EncodingProfileComponent p) {
        reapplyIfNamed(p.name());
    }

    void removeProfile(EncodingProfileComponent p) {
        profiles.remove(p.name(), p);
        reapplyIfNamed(p.name());
    }

    private void reapplyIfNamed(String name) {
        EncodingConfig e = encoding;
        if (e != null && name.equals(e.encoding__profile()) && capture != null) {
            apply();
        }
    }

    @Override
    public CameraStatus status() {
        return CameraView.status(pipeline, pools, sensor.frame__rate__target(), sensor.frame__rate__tolerance());
    }

    @Override
    public List<EncoderInfo> encoders() {
        return CameraView.encoders(pipeline.backends().snapshot(), List.of(encoding.backend__order()),
                pipeline.main().info().backend);
    }

    @Override
    public FrameFormat captureFormat() {
        FrameSource src = pipeline.active();
        return src == null ? pipeline.wantedFormat() : src.format();
    }

    @Override
    public List<FormatCapability> capabilities() {
        FrameSource src = pipeline.active();
        return src == null ? List.of() : src.capabilities();
    }

    @Override
    public byte[] snapshotJpeg(int quality) {
        return CameraView.snapshot(pipeline.capture(), quality);
    }

    @Override
    public List<PipelineStats> stats() {
        return substream.sub__enabled() ? List.of(pipeline.main().stats(), pipeline.sub().stats())
                : List.of(pipeline.main().stats());
    }
}
