package io.rotordream.encoder.x264.internal;

import static io.rotordream.encoder.x264.internal.X264Layout.*;

import java.io.File;

import com.sun.jna.Memory;
import com.sun.jna.Native;
import com.sun.jna.NativeLibrary;
import com.sun.jna.Pointer;

import io.rotordream.encoder.support.NativeLibraries;

/**
 * A loaded libx264 that was checked to be build 164 with the struct layout {@link X264Layout}
 * describes. Loading fails with the reason, never with a crash later on.
 */
final class X264Library {

    /** Why the library cannot be used here, worded for {@code Availability.no}. */
    static final class Unavailable extends Exception {
        private static final long serialVersionUID = 1L;

        Unavailable(String reason) {
            super(reason);
        }
    }

    /** Guard bytes after the struct: x264_param_default must not write into them. */
    private static final int GUARD = 64;
    private static final byte GUARD_BYTE = (byte) 0xa5;

    private final String description;

    private X264Library(String description) {
        this.description = description;
    }

    String description() {
        return description;
    }

    /**
     * @param name a file name the dynamic linker resolves ({@code libx264.so.164}) or a path
     * @throws Unavailable when it is missing, is another build, or lays out x264_param_t differently
     */
    static X264Library load(String name) throws Unavailable {
        if (Native.POINTER_SIZE != 8) {
            throw new Unavailable("libx264 backend supports 64-bit JVMs only (x264_param_t layout is LP64)");
        }
        NativeLibrary library;
        try {
            library = NativeLibrary.getInstance(name);
        } catch (LinkageError e) {
            throw new Unavailable(name + " not found (" + NativeLibraries.linkerMessage(e.getMessage()) + ")");
        }
        File file = library.getFile();
        String where = file == null ? name : file.getPath();
        for (String symbol : X264Native.SYMBOLS) {
            try {
                library.getFunction(symbol);
            } catch (LinkageError e) {
                throw new Unavailable(where + " lacks " + symbol + " (not libx264 build " + BUILD + ")");
            }
        }
        try {
            X264Native.bind(library);
            LibC.bind();
        } catch (LinkageError e) {
            throw new Unavailable("cannot bind " + where + ": " + NativeLibraries.linkerMessage(e.getMessage()));
        }
        checkDefaults(where);
        checkChromaFormat(library, where);
        return new X264Library("libx264 build " + BUILD + " (" + where + ")");
    }

    /**
     * x264_param_default writes documented defaults (x264.h, common/base.c): reading them back at
     * our offsets proves the library lays out x264_param_t as the header we were built against.
     */
    private static void checkDefaults(String where) throws Unavailable {
        try (Memory m = new Memory(PARAM_SIZE + GUARD)) {
            for (int i = 0; i < PARAM_SIZE + GUARD; i++) {
                m.setByte(i, GUARD_BYTE);
            }
            X264Native.x264_param_default(Pointer.nativeValue(m));
            for (int i = PARAM_SIZE; i < PARAM_SIZE + GUARD; i++) {
                if (m.getByte(i) != GUARD_BYTE) {
                    throw new Unavailable(where + " writes past " + PARAM_SIZE + " bytes of x264_param_t");
                }
            }
            boolean expected = m.getInt(PARAM_I_FPS_NUM) == 25 && m.getInt(PARAM_I_FPS_DEN) == 1
                    && m.getInt(PARAM_I_KEYINT_MAX) == 250 && m.getInt(PARAM_I_FRAME_REFERENCE) == 3
                    && m.getInt(PARAM_I_BFRAME) == 3 && m.getInt(PARAM_B_CABAC) == 1
                    && m.getInt(PARAM_RC_I_RC_METHOD) == RC_CRF && m.getFloat(PARAM_RC_F_RF_CONSTANT) == 23f
                    && m.getInt(PARAM_ANALYSE_I_ME_METHOD) == ME_HEX && m.getInt(PARAM_I_CSP) == CSP_I420
                    && m.getInt(PARAM_B_REPEAT_HEADERS) == 1 && m.getInt(PARAM_B_ANNEXB) == 1
                    && m.getInt(PARAM_I_LOG_LEVEL) == LOG_INFO;
            if (!expected) {
                throw new Unavailable(where + " lays out x264_param_t differently from build " + BUILD);
            }
        }
    }

    /** x264.h: a non-zero x264_chroma_format is the only chroma format the library encodes. */
    private static void checkChromaFormat(NativeLibrary library, String where) throws Unavailable {
        int only;
        try {
            only = library.getGlobalVariableAddress("x264_chroma_format").getInt(0);
        } catch (LinkageError e) {
            throw new Unavailable(where + " lacks x264_chroma_format (not libx264 build " + BUILD + ")");
        }
        if (only != 0 && only != CSP_I420) {
            throw new Unavailable(where + " was built for chroma format " + only + " only, not 4:2:0");
        }
    }
}
