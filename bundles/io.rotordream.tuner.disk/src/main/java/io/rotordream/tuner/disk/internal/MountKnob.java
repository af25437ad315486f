package io.rotordream.tuner.disk.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import io.rotordream.tuner.api.Knob;
import io.rotordream.tuner.api.KnobException;
import io.rotordream.tuner.api.knobs.Commands;
import io.rotordream.tuner.api.knobs.Errnos;

/**
 * The options of one mount that matter for video storage: access-time updates, directory access
 * times, synchronous writes and the ext3/ext4 journal commit interval. Read from /proc/mounts,
 * changed with {@code mount -o remount}; a change the operator must confirm.
 */
final class MountKnob implements Knob {

    /** ext4's default journal commit interval (JBD2_DEFAULT_MAX_COMMIT_AGE), not shown in /proc/mounts. */
    private static final String DEFAULT_COMMIT = "commit=5";

    private final String name;
    private final String mountPoint;
    private final Path mounts;
    private final Commands commands;

    MountKnob(String mountPoint, Path mounts, Commands commands) {
        this.name = "disk.mount[" + mountPoint + "]";
        this.mountPoint = mountPoint;
        this.mounts = mounts;
        this.commands = commands;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public String path() {
        return "mount -o remount " + mountPoint + " (/proc/mounts)";
    }

    @Override
    public boolean needsConfirmation() {
        return true;
    }

    /** The managed options now, always all four groups: e.g. "relatime,diratime,async,commit=5". */
    @Override
    public String read() throws KnobException {
        String[] entry = entry();
        Set<String> opts = Set.of(entry[3].split(","));
        List<String> out = new ArrayList<>();
        out.add(opts.contains("noatime") ? "noatime" : opts.contains("relatime") ? "relatime" : "strictatime");
        out.add(opts.contains("nodiratime") ? "nodiratime" : "diratime");
        out.add(opts.contains("sync") ? "sync" : "async");
        if (entry[2].startsWith("ext3") || entry[2].startsWith("ext4")) {
            out.add(opts.stream().filter(o -> o.startsWith("commit=")).findFirst().orElse(DEFAULT_COMMIT));
        }
        return String.join(",", out);
    }

    private String[] entry() throws KnobException {
        List<String> lines;
        try {
            lines = Files.readAllLines(mounts);
        } catch (IOException e) {
            throw Errnos.fromIo(name, mounts, "/proc/mounts", e, false);
        }
        String[] found = null;
        for (String line : lines) {
            String[] f = line.split(" ");
            // the last entry wins: a later mount on the same point hides the earlier ones
            if (f.length >= 4 && f[1].replace("\\040", " ").equals(mountPoint)) {
                found = f;
            }
        }
        if (found == null) {
            throw new KnobException(name, KnobException.Failure.NO_SUCH_DEVICE, "ENOENT",
                    mountPoint + " is not a mount point (not in /proc/mounts)");
        }
        return found;
    }

    @Override
    public String normalize(String wanted) throws KnobException {
        Set<String> out = new LinkedHashSet<>();
        for (String raw : wanted == null ? new String[0] : wanted.split(",")) {
            String o = raw.trim();
            if (o.isEmpty()) {
                continue;
            }
            if (!o.matches("noatime|relatime|strictatime|nodiratime|diratime|sync|async|commit=[0-9]{1,6}")) {
                throw KnobException.invalid(name, "'" + o + "' is not a mount option the tuner manages "
                        + "(noatime, relatime, strictatime, nodiratime, diratime, sync, async, commit=N)");
            }
            out.add(o);
        }
        if (out.isEmpty()) {
            throw KnobException.invalid(name, "no mount option given");
        }
        return String.join(",", out);
    }

    /** Satisfied when every wanted option is in effect. */
    @Override
    public boolean same(String current, String wanted) {
        return current != null && wanted != null && Set.of(current.split(",")).containsAll(Set.of(wanted.split(",")));
    }

    @Override
    public void write(String value) throws KnobException {
        if (List.of(value.split(",")).contains("relatime")) {
            // util-linux 2.38 "remount,relatime" leaves noatime in place (relatime is the zero
            // value of the atime attribute, so nothing clears the old one; seen on Debian 12):
            // going through strictatime first clears it.
            remount(value.replace("relatime", "strictatime"));
        }
        remount(value);
    }

    private void remount(String value) throws KnobException {
        Commands.Result r;
        try {
            r = commands.run(List.of("mount", "-o", "remount," + value, mountPoint));
        } catch (IOException e) {
            throw new KnobException(name, KnobException.Failure.FAILED, null, "mount: " + e.getMessage());
        }
        if (!r.ok()) {
            throw Errnos.fromText(name, r.err().isBlank() ? r.out() : r.err(), "mount");
        }
    }
}
