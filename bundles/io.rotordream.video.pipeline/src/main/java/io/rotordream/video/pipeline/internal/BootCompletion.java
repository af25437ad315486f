package io.rotordream.video.pipeline.internal;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkEvent;
import org.osgi.framework.FrameworkListener;
import org.osgi.framework.startlevel.BundleStartLevel;
import org.osgi.framework.startlevel.FrameworkStartLevel;

/**
 * Runs an action once the framework has started all its bundles. The launcher starts the framework
 * first and climbs the start levels afterwards (OSGi Core 9.2), so an ACTIVE framework is not yet a
 * booted one: the boot is complete when no bundle meant to run (persistently started) waits for a
 * start level above the framework's current one. A bundle that failed to start at a level already
 * reached does not hold the action back.
 */
final class BootCompletion implements FrameworkListener {

    private final BundleContext context;
    private final Runnable action;
    private boolean done;

    private BootCompletion(BundleContext context, Runnable action) {
        this.context = context;
        this.action = action;
    }

    /** Runs {@code action} now when the boot is complete, else on the framework event that completes it. */
    static BootCompletion whenBooted(BundleContext context, Runnable action) {
        BootCompletion b = new BootCompletion(context, action);
        context.addFrameworkListener(b);
        b.check();
        return b;
    }

    @Override
    public void frameworkEvent(FrameworkEvent event) {
        if (event.getType() == FrameworkEvent.STARTED || event.getType() == FrameworkEvent.STARTLEVEL_CHANGED) {
            check();
        }
    }

    private void check() {
        if (!booted()) {
            return;
        }
        synchronized (this) {
            if (done) {
                return;
            }
            done = true;
        }
        cancel();
        action.run();
    }

    private boolean booted() {
        Bundle system = context.getBundle(0);
        if (system.getState() != Bundle.ACTIVE) {
            return false;
        }
        int level = system.adapt(FrameworkStartLevel.class).getStartLevel();
        for (Bundle b : context.getBundles()) {
            BundleStartLevel s = b.adapt(BundleStartLevel.class);
            if (b.getState() != Bundle.ACTIVE && s != null && s.isPersistentlyStarted() && s.getStartLevel() > level) {
                return false;
            }
        }
        return true;
    }

    /** No action after this (the component is going away). */
    void cancel() {
        try {
            context.removeFrameworkListener(this);
        } catch (IllegalStateException stale) {
            // the bundle is stopping: its listeners go with it
        }
    }
}
