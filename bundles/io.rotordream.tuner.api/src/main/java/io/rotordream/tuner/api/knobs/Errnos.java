package io.rotordream.tuner.api.knobs;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Locale;
import java.util.Set;

import io.rotordream.tuner.api.KnobException;
import io.rotordream.tuner.api.KnobException.Failure;

/**
 * Java reports errno only as strerror(3) text (glibc's wording) inside its exceptions; this maps
 * that text, and the wording of ethtool, ip and tc, back to the errno and a failure kind.
 */
public final class Errnos {

    private record Known(String text, String errno, Failure failure, String meaning) {
    }

    private static final Known[] KNOWN = {
        new Known("invalid argument", "EINVAL", Failure.REFUSED, "value refused by the kernel"),
        new Known("numerical result out of range", "ERANGE", Failure.REFUSED, "value out of the kernel's range"),
        new Known("read-only file system", "EROFS", Failure.READ_ONLY, "read-only file system"),
        new Known("operation not permitted", "EPERM", Failure.PERMISSION_DENIED, "not permitted"),
        new Known("permission denied", "EACCES", Failure.PERMISSION_DENIED, "permission denied"),
        new Known("no such device or address", "ENXIO", Failure.NO_SUCH_DEVICE, "no such device"),
        new Known("no such device", "ENODEV", Failure.NO_SUCH_DEVICE, "no such device"),
        new Known("cannot find device", "ENODEV", Failure.NO_SUCH_DEVICE, "no such device"),
        new Known("no device matches name", "ENODEV", Failure.NO_SUCH_DEVICE, "no such device"),
        new Known("no such file or directory", "ENOENT", Failure.NO_SUCH_DEVICE, "no such file"),
        new Known("does not exist", "ENODEV", Failure.NO_SUCH_DEVICE, "no such device"),
        new Known("could not change any device features", null, Failure.READ_ONLY, "fixed by the driver"),
        new Known("device or resource busy", "EBUSY", Failure.BUSY, "busy"),
        new Known("operation not supported", "EOPNOTSUPP", Failure.UNSUPPORTED, "not supported by the driver"),
        new Known("not supported", "EOPNOTSUPP", Failure.UNSUPPORTED, "not supported by the driver"),
        new Known("mtu greater than device maximum", "EINVAL", Failure.REFUSED, "MTU above the device's maximum"),
        new Known("mtu less than device minimum", "EINVAL", Failure.REFUSED, "MTU below the device's minimum"),
    };

    private Errnos() {
    }

    /**
     * @param writing true for a write: an EACCES on a file without write permission is then
     *     reported as read-only, which is what it means for /proc/sys and sysfs, even for root
     */
    public static KnobException fromIo(String knob, Path file, String shown, IOException e, boolean writing) {
        if (e instanceof NoSuchFileException) {
            return new KnobException(knob, Failure.NO_SUCH_DEVICE, "ENOENT", "no such file " + shown);
        }
        String text = e instanceof FileSystemException f && f.getReason() != null ? f.getReason() : e.getMessage();
        if (writing && (e instanceof AccessDeniedException || contains(text, "permission denied"))
                && !writable(file)) {
            return new KnobException(knob, Failure.READ_ONLY, "EACCES", "read-only: " + shown + " has no write permission");
        }
        if (e instanceof AccessDeniedException && text == null) {
            return new KnobException(knob, Failure.PERMISSION_DENIED, "EACCES", "permission denied on " + shown);
        }
        return fromText(knob, text, shown);
    }

    /** A failure from the error text of the kernel (strerror) or of a tool; FAILED when not recognised. */
    public static KnobException fromText(String knob, String text, String where) {
        String t = text == null ? "" : text.trim();
        for (Known k : KNOWN) {
            if (contains(t, k.text)) {
                return new KnobException(knob, k.failure(), k.errno(), k.meaning() + " (" + where + ": " + oneLine(t) + ")");
            }
        }
        return new KnobException(knob, Failure.FAILED, null, where + ": " + (t.isEmpty() ? "failed" : oneLine(t)));
    }

    private static boolean contains(String text, String part) {
        return text != null && text.toLowerCase(Locale.ROOT).contains(part);
    }

    private static String oneLine(String s) {
        String one = s.replaceAll("\\s*\\n\\s*", "; ");
        return one.length() <= 300 ? one : one.substring(0, 297) + "...";
    }

    private static boolean writable(Path file) {
        try {
            Set<PosixFilePermission> p = Files.getPosixFilePermissions(file);
            return p.contains(PosixFilePermission.OWNER_WRITE) || p.contains(PosixFilePermission.GROUP_WRITE)
                    || p.contains(PosixFilePermission.OTHERS_WRITE);
        } catch (IOException | UnsupportedOperationException e) {
            return true;
        }
    }
}
