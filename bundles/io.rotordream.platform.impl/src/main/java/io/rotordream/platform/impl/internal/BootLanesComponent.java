package io.rotordream.platform.impl.internal;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleEvent;
import org.osgi.framework.BundleException;
import org.osgi.framework.SynchronousBundleListener;
import org.osgi.framework.startlevel.BundleStartLevel;
import org.osgi.framework.startlevel.FrameworkStartLevel;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts the bundles of each boot lane (framework property {@value #LANES}, see {@link BootLanes})
 * on a thread of its own while the framework's single start-level thread climbs, so a two-core
 * appliance boots on both cores. Lane bundles share their start level with the others; when the
 * climb reaches that level a lane starts its bundles transiently, in start order, and the climb
 * finds them active and passes on (or waits for the one a lane is starting). Dependencies between
 * bundles are services, which Declarative Services binds in whatever order they arrive.
 *
 * <p>Not every bundle tolerates that: an extender whose own start is not thread-safe (the Aries
 * JAX-RS whiteboard lost a resource to a concurrent registration) must be started, at a lower
 * level, before the lanes set off.
 *
 * <p>Only the boot is sped up: a lane never starts a bundle whose autostart setting is stopped,
 * nor anything when this component starts after the climb has passed the lanes' level (an update
 * of this bundle, a restart of it by an operator).
 */
@Component(immediate = true)
public final class BootLanesComponent implements SynchronousBundleListener {

    static final String LANES = "rotordream.boot.lanes";
    private static final Logger LOG = LoggerFactory.getLogger(BootLanesComponent.class);

    private final BundleContext context;
    private final List<List<Bundle>> lanes;
    private final int laneLevel;
    private final AtomicBoolean launched = new AtomicBoolean();
    private volatile boolean stopping;

    @Activate
    public BootLanesComponent(BundleContext context) {
        this.context = context;
        List<Bundle> inStartOrder = Arrays.stream(context.getBundles())
                .filter(b -> b.getBundleId() != 0)
                .sorted(Comparator.comparingInt((Bundle b) -> level(b)).thenComparingLong(Bundle::getBundleId))
                .toList();
        this.lanes = BootLanes.plan(BootLanes.parse(context.getProperty(LANES)), inStartOrder, Bundle::getSymbolicName);
        this.laneLevel = lanes.stream().flatMap(List::stream).mapToInt(BootLanesComponent::level).min()
                .orElse(Integer.MAX_VALUE);
        // Below the lanes' level the framework is climbing towards it: a boot. At or above it
        // (this bundle restarted or updated later) every lane bundle has had its turn already.
        int active = context.getBundle(0).adapt(FrameworkStartLevel.class).getStartLevel();
        if (laneLevel != Integer.MAX_VALUE && active < laneLevel) {
            context.addBundleListener(this);
        }
    }

    private static int level(Bundle b) {
        BundleStartLevel l = b.adapt(BundleStartLevel.class);
        return l == null ? Integer.MAX_VALUE : l.getStartLevel();
    }

    /** The climb starting the first bundle of the lanes' level sets the lanes off. */
    @Override
    public void bundleChanged(BundleEvent event) {
        if (event.getType() != BundleEvent.STARTING || level(event.getBundle()) < laneLevel
                || !launched.compareAndSet(false, true)) {
            return;
        }
        for (int i = 0; i < lanes.size(); i++) {
            List<Bundle> lane = lanes.get(i);
            Thread t = new Thread(() -> run(lane), "rotordream-boot-lane-" + (i + 1));
            t.setDaemon(true);
            t.start();
        }
    }

    private void run(List<Bundle> lane) {
        long t0 = System.nanoTime();
        FrameworkStartLevel framework = context.getBundle(0).adapt(FrameworkStartLevel.class);
        int started = 0;
        for (Bundle b : lane) {
            if (stopping) {
                break;
            }
            BundleStartLevel bsl = b.adapt(BundleStartLevel.class);
            if ((b.getState() & (Bundle.INSTALLED | Bundle.RESOLVED)) == 0 || bsl == null
                    || !bsl.isPersistentlyStarted() || bsl.getStartLevel() > framework.getStartLevel()) {
                continue;
            }
            try {
                b.start(Bundle.START_TRANSIENT | (bsl.isActivationPolicyUsed() ? Bundle.START_ACTIVATION_POLICY : 0));
                started++;
            } catch (BundleException | IllegalStateException e) {
                // The climb starts it again in its turn and reports the failure the framework's way.
                LOG.debug("boot lane could not start {}: {}", b.getSymbolicName(), e.toString());
            }
        }
        LOG.info("{}: {} of {} bundles started beside the start-level thread in {} ms",
                Thread.currentThread().getName(), started, lane.size(), (System.nanoTime() - t0) / 1_000_000);
    }

    @Deactivate
    void deactivate() {
        stopping = true;
        try {
            context.removeBundleListener(this);
        } catch (IllegalStateException alreadyStopped) {
            // the bundle context is gone with the bundle
        }
    }
}
