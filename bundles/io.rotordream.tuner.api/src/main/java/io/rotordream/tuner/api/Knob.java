package io.rotordream.tuner.api;

import java.util.Objects;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * One setting of the machine: a file under /proc/sys or /sys, or a setting a tool reads and writes
 * (ethtool, ip, tc, mount). Values travel as text in the form the kernel or tool shows them.
 */
@ConsumerType
public interface Knob {

    /** Dotted name, tuner first: {@code vm.swappiness}, {@code disk.vda.scheduler}. */
    String name();

    /** Where it lives, as a person would look: {@code /proc/sys/vm/swappiness}, {@code ethtool -k eth0 tso}. */
    String path();

    /** The value now. */
    String read() throws KnobException;

    /**
     * The canonical form of a wanted value, so that it compares equal to what {@link #read} returns
     * once written.
     *
     * @throws KnobException {@link KnobException.Failure#INVALID_VALUE} naming why
     */
    String normalize(String wanted) throws KnobException;

    /** Writes the value; a refusal carries the kernel's or the tool's reason. */
    void write(String value) throws KnobException;

    /** Changes the operator must confirm (mount options): never made silently. */
    default boolean needsConfirmation() {
        return false;
    }

    /** Whether what was read satisfies what is wanted. */
    default boolean same(String current, String wanted) {
        return Objects.equals(current, wanted);
    }
}
