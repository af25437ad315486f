package io.rotordream.tuner.api;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * A tuner plugin (cpu, scheduler, vm, disk, net, qos), registered as a service with
 * {@link #NAME_PROPERTY}. It reads its knobs and says what its configuration wants; the
 * {@link TuningService} does the planning, saving of originals, applying and rolling back, so every
 * plugin behaves the same. A plugin may stop at any time: the knobs it tuned stay as they are and
 * their saved originals are kept until it returns.
 */
@ConsumerType
public interface Tuner {

    /** Service property: the plugin's name, the first part of its knobs' names. */
    String NAME_PROPERTY = "rotordream.tuner.name";

    String name();

    /** The PID of the plugin's configuration, e.g. {@code rotordream.tuner.vm}. */
    String pid();

    /**
     * The knobs a configuration of this plugin wants. The configuration may be one not yet
     * written (a profile being planned), so it comes as a map: keys as in the metatype, values of
     * the metatype's types or their text.
     *
     * @param root where /proc and /sys are (a temp tree in tests)
     * @throws KnobException for a value or a named device this machine cannot take
     */
    Wanted wanted(Map<String, Object> configuration, Path root) throws KnobException;

    /** The knobs this plugin can tune here, for the status listing. */
    List<Knob> knobs(Path root);

    /**
     * One knob by its full name, to plan it or to restore its saved original.
     *
     * @throws KnobException {@link KnobException.Failure#UNKNOWN_KNOB} or
     *     {@link KnobException.Failure#NO_SUCH_DEVICE}
     */
    Knob knob(String name, Path root) throws KnobException;

    /**
     * Configuration keys that say where to tune (devices, interfaces, a namespace, the link rate)
     * rather than what: turning tuning off keeps them, so the next profile tunes the same places.
     */
    default Set<String> placement() {
        return Set.of();
    }

    /** One-off actions that are never part of a profile (vm: drop_caches). */
    default List<String> actions() {
        return List.of();
    }

    /**
     * Runs an action.
     *
     * @return what was done, e.g. "wrote 3 to /proc/sys/vm/drop_caches"
     */
    default String run(String action, String argument, Path root, boolean dryRun) throws KnobException {
        throw KnobException.unknown(name() + "." + action, "no such action; actions: " + actions());
    }

    /**
     * Called once with a callback for the plugin to say that what it wants changed for a reason
     * other than its configuration (the qos plugin when a stream server starts on another port).
     */
    default void watch(Runnable changed) {
    }
}
