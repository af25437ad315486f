package io.rotordream.encoder.openh264.internal;

import com.sun.jna.Memory;
import com.sun.jna.Native;
import com.sun.jna.NativeLibrary;

import io.rotordream.encoder.support.NativeLibraries;
import io.rotordream.video.api.encoder.Availability;

/**
 * Loads libopenh264 and binds {@link OpenH264Native} to it, or says why it cannot. Never throws:
 * a missing or incompatible library is a state of the backend, not an error of the runtime.
 */
final class OpenH264Library {

    /** The soname of OpenH264 2.3.x, as Debian 12 and Cisco's binaries name it. */
    static final String SONAME = "libopenh264.so.7";

    final Availability availability;
    final String description;
    /** EncodeFrame may be called through {@link EncodeFrameDirect} instead of the vtable. */
    final boolean directEncodeFrame;

    private OpenH264Library(Availability availability, String description, boolean directEncodeFrame) {
        this.availability = availability;
        this.description = description;
        this.directEncodeFrame = directEncodeFrame;
    }

    static OpenH264Library load(String name) {
        NativeLibrary library;
        try {
            library = NativeLibrary.getInstance(name);
        } catch (LinkageError | RuntimeException e) {
            // LinkageError also covers JNA's own native part missing (NoClassDefFoundError)
            return unavailable(name + " cannot be loaded: " + NativeLibraries.linkerMessage(name, e.getMessage()));
        }
        try {
            Native.register(OpenH264Native.class, library);
        } catch (LinkageError e) {
            return unavailable(name + " lacks the OpenH264 encoder API: " + NativeLibraries.firstLine(e.getMessage()));
        }
        try (Memory version = new Memory(OpenH264Layout.VERSION_SIZE)) {
            version.clear();
            OpenH264Native.WelsGetCodecVersionEx(version);
            String text = version.getInt(0) + "." + version.getInt(4) + "." + version.getInt(8);
            // The struct offsets of this bundle are those of the 2.x headers (OpenH264LayoutTest).
            if (version.getInt(0) != OpenH264Layout.VERSION_MAJOR) {
                return unavailable(name + " is OpenH264 " + text + "; this backend knows the "
                        + OpenH264Layout.VERSION_MAJOR + ".x structs");
            }
            return new OpenH264Library(Availability.yes(), "Cisco OpenH264 " + text + " (" + name + ")",
                    EncodeFrameDirect.bind(name));
        } catch (LinkageError | RuntimeException e) {
            return unavailable(name + " is incompatible: " + NativeLibraries.firstLine(e.getMessage()));
        }
    }

    private static OpenH264Library unavailable(String reason) {
        return new OpenH264Library(Availability.no(reason), "Cisco OpenH264 (" + reason + ")", false);
    }
}
