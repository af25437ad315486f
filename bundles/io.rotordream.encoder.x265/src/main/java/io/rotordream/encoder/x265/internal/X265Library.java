package io.rotordream.encoder.x265.internal;

import com.sun.jna.Memory;
import com.sun.jna.Native;
import com.sun.jna.NativeLibrary;
import com.sun.jna.Pointer;

import io.rotordream.encoder.support.NativeLibraries;
import io.rotordream.video.api.encoder.Availability;

/**
 * Loads libx265 and binds {@link X265Native} to it, or says why it cannot. Never throws: a
 * missing or incompatible library is a state of the backend, not an error of the runtime.
 */
final class X265Library {

    /** The soname of API build 199 (x265 3.5), as Debian 12 ships it. */
    static final String SONAME = "libx265.so.199";

    final Availability availability;
    final String description;

    private X265Library(Availability availability, String description) {
        this.availability = availability;
        this.description = description;
    }

    static X265Library load(String name) {
        NativeLibrary library;
        try {
            library = NativeLibrary.getInstance(name);
        } catch (LinkageError | RuntimeException e) {
            // LinkageError also covers JNA's own native part missing (NoClassDefFoundError)
            return unavailable(name + " cannot be loaded: " + NativeLibraries.linkerMessage(name, e.getMessage()));
        }
        try {
            library.getFunction("x265_encoder_open_" + X265Layout.BUILD);
        } catch (LinkageError e) {
            return unavailable(name + " has no x265_encoder_open_" + X265Layout.BUILD
                    + ": another x265 API build than " + X265Layout.BUILD);
        }
        try {
            Native.register(X265Native.class, library);
            try (Memory error = new Memory(4)) {
                error.setInt(0, 0);
                if (X265Native.x265_api_query(8, X265Layout.BUILD, error) == null) {
                    return unavailable(name + " has no 8-bit encoder (x265_api_query error " + error.getInt(0) + ")");
                }
            }
            return new X265Library(Availability.yes(), "libx265 " + version(library) + " (API build "
                    + X265Layout.BUILD + ", " + name + ")");
        } catch (LinkageError | RuntimeException e) {
            return unavailable(name + " is incompatible: " + NativeLibraries.firstLine(e.getMessage()));
        }
    }

    private static String version(NativeLibrary library) {
        try {
            Pointer text = library.getGlobalVariableAddress("x265_version_str").getPointer(0);
            return text == null ? "?" : text.getString(0);
        } catch (LinkageError e) {
            return "?";
        }
    }

    private static X265Library unavailable(String reason) {
        return new X265Library(Availability.no(reason), "libx265 (" + reason + ")");
    }
}
