package io.rotordream.streaming.adaptive.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.rotordream.streaming.adaptive.api.AdaptiveStatus;
import io.rotordream.streaming.adaptive.api.BitrateController;
import io.rotordream.streaming.adaptive.api.ReceiverFeedback;
import io.rotordream.video.api.stream.VideoStream;

/**
 * The bitrate controller: receivers of every protocol register per mount; on each adjustment
 * interval every mount with receivers gets a decision ({@link AdaptiveLogic}) applied through
 * {@link VideoStream#setBitrate}; a mount whose last receiver left gets its configured bitrate back.
 */
@Component(service = BitrateController.class, configurationPid = AdaptiveConfig.PID)
@Designate(ocd = AdaptiveConfig.class)
public final class BitrateControllerComponent implements BitrateController {

    private static final Logger LOG = LoggerFactory.getLogger(BitrateControllerComponent.class);

    /** What the controller holds per mount. */
    static final class MountState {
        final List<Receiver> receivers = new CopyOnWriteArrayList<>();
        volatile int targetKbps;
        volatile int configuredKbps;
        volatile AdaptiveLogic.Decision last;
        volatile long decreases;
        volatile long increases;
    }

    private final Map<String, VideoStream> streams = new ConcurrentHashMap<>();
    private final Map<String, MountState> mounts = new ConcurrentHashMap<>();
    private final ScheduledExecutorService timer = new ScheduledThreadPoolExecutor(1, r -> {
        Thread t = new Thread(r, "rotordream-adaptive");
        t.setDaemon(true);
        return t;
    });
    private volatile AdaptiveConfig config;
    private ScheduledFuture<?> task;

    @Activate
    public BitrateControllerComponent(AdaptiveConfig config) {
        modified(config);
    }

    @Modified
    synchronized void modified(AdaptiveConfig c) {
        this.config = c;
        if (task != null) {
            task.cancel(false);
        }
        task = timer.scheduleWithFixedDelay(this::adjust, c.adjustment__interval__ms(), c.adjustment__interval__ms(),
                TimeUnit.MILLISECONDS);
        if (!c.enabled()) {
            mounts.forEach((m, s) -> release(m, s));
        }
    }

    @Deactivate
    void deactivate() {
        timer.shutdownNow();
        mounts.forEach(this::release);
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void addStream(VideoStream s, Map<String, Object> props) {
        streams.put(String.valueOf(props.getOrDefault(VideoStream.MOUNT, s.mount())), s);
    }

    void removeStream(VideoStream s, Map<String, Object> props) {
        streams.remove(String.valueOf(props.getOrDefault(VideoStream.MOUNT, s.mount())), s);
    }

    @Override
    public ReceiverFeedback register(String mount, String receiverId, String protocol) {
        MountState state = mounts.computeIfAbsent(mount, m -> new MountState());
        Receiver[] holder = new Receiver[1];
        holder[0] = new Receiver(mount, receiverId, protocol, System::nanoTime, () -> state.receivers.remove(holder[0]));
        state.receivers.add(holder[0]);
        return holder[0];
    }

    /** One round: a decision per mount with receivers, or a release of one without. */
    void adjust() {
        AdaptiveConfig c = config;
        AdaptiveLogic.Params p = params(c);
        long now = System.nanoTime();
        for (Map.Entry<String, MountState> e : mounts.entrySet()) {
            String mount = e.getKey();
            MountState s = e.getValue();
            VideoStream stream = streams.get(mount);
            try {
                if (s.receivers.isEmpty() || stream == null || !c.enabled()) {
                    release(mount, s);
                    continue;
                }
                if (s.targetKbps == 0) {
                    s.configuredKbps = stream.info().bitrateKbps;
                    s.targetKbps = AdaptiveLogic.clamp(s.configuredKbps, p);
                }
                AdaptiveLogic.Decision d = AdaptiveLogic.decide(s.receivers, s.targetKbps, s.configuredKbps, p, now);
                s.last = d;
                if (d.targetKbps() != s.targetKbps || stream.info().bitrateKbps != d.targetKbps()) {
                    if (d.targetKbps() < s.targetKbps) {
                        s.decreases++;
                    } else if (d.targetKbps() > s.targetKbps) {
                        s.increases++;
                    }
                    LOG.info("Adaptive bitrate {}: {} -> {} kbit/s ({})", mount, s.targetKbps, d.targetKbps(), d.reason());
                    s.targetKbps = d.targetKbps();
                    stream.setBitrate(d.targetKbps());
                }
            } catch (RuntimeException ex) {
                LOG.warn("Adaptive bitrate {}: {}", mount, ex.toString(), ex);
            }
        }
    }

    private void release(String mount, MountState s) {
        if (s.targetKbps != 0) {
            VideoStream stream = streams.get(mount);
            if (stream != null) {
                stream.setBitrate(0);
            }
            LOG.info("Adaptive bitrate {}: released, the encoder's configured bitrate applies", mount);
            s.targetKbps = 0;
        }
    }

    private static AdaptiveLogic.Params params(AdaptiveConfig c) {
        int min = Math.min(c.min__bitrate__kbps(), c.max__bitrate__kbps());
        return new AdaptiveLogic.Params(min, c.max__bitrate__kbps(), c.step__size__kbps(), c.quality__threshold(),
                3L * c.adjustment__interval__ms() * 1_000_000L + 2_000_000_000L);
    }

    @Override
    public AdaptiveStatus status() {
        AdaptiveConfig c = config;
        AdaptiveStatus st = new AdaptiveStatus();
        st.enabled = c.enabled();
        st.minBitrateKbps = c.min__bitrate__kbps();
        st.maxBitrateKbps = c.max__bitrate__kbps();
        st.stepSizeKbps = c.step__size__kbps();
        st.adjustmentIntervalMs = c.adjustment__interval__ms();
        st.qualityThreshold = c.quality__threshold();
        List<String> names = new ArrayList<>(mounts.keySet());
        java.util.Collections.sort(names);
        for (String m : names) {
            MountState s = mounts.get(m);
            AdaptiveStatus.StreamState x = new AdaptiveStatus.StreamState();
            x.mount = m;
            x.targetKbps = s.targetKbps;
            x.configuredKbps = s.configuredKbps;
            x.receivers = s.receivers.size();
            x.decreases = s.decreases;
            x.increases = s.increases;
            AdaptiveLogic.Decision d = s.last;
            if (d != null) {
                x.lastDecision = s.receivers.isEmpty() ? "idle" : d.decision();
                x.reason = d.reason();
                x.worstLoss = d.worstLoss();
                x.lowestEstimateKbps = d.lowestEstimateKbps();
                x.highestDelayTrend = d.highestDelayTrend();
                x.highestRttMs = d.highestRttMs();
            } else {
                x.lastDecision = "idle";
            }
            for (Receiver r : s.receivers) {
                x.receiverStates.add(r.state());
            }
            st.streams.add(x);
        }
        return st;
    }
}
