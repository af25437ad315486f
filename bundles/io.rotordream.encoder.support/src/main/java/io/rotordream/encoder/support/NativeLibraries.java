package io.rotordream.encoder.support;

/**
 * Wording why a native library did not load or bind, for
 * {@link io.rotordream.video.api.encoder.Availability#no}: JNA's messages are long and say the
 * reason on one of their lines.
 */
public final class NativeLibraries {

    private NativeLibraries() {
    }

    /**
     * The dlerror() line of a JNA load failure: JNA reports "Unable to load library 'x':" and then
     * dlerror() and every path it tried, one per line; other messages give their first line.
     */
    public static String linkerMessage(String message) {
        if (message == null || message.isBlank()) {
            return "no reason given";
        }
        String[] lines = message.split("\n");
        return lines[0].endsWith(":") && lines.length > 1 ? lines[1].strip() : lines[0].strip();
    }

    /**
     * {@link #linkerMessage(String)} without the library name dlerror() starts with, for a
     * sentence that already names it ("libx.so cannot be loaded: cannot open shared object file").
     */
    public static String linkerMessage(String name, String message) {
        String detail = linkerMessage(message);
        return detail.startsWith(name + ": ") ? detail.substring(name.length() + 2) : detail;
    }

    /** The first line of a JNA binding error, which names the missing symbol or the mismatch. */
    public static String firstLine(String message) {
        if (message == null) {
            return "";
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
