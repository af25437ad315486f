package io.rotordream.encoder.openh264.internal;

import java.util.Map;

import com.sun.jna.FunctionMapper;
import com.sun.jna.Library;
import com.sun.jna.Memory;
import com.sun.jna.Native;
import com.sun.jna.NativeLibrary;
import com.sun.jna.Pointer;

/**
 * EncodeFrame, the one per-frame entry point, through JNA direct mapping instead of a JNA Function
 * (whose invoke copies its argument array: 48 bytes a frame, measured). Possible because
 * libopenh264 exports the C++ method the vtable points at; it is used only when the vtable entry
 * of a real encoder is that very symbol, so the call is the same call the vtable would make
 * (Itanium C++ ABI: {@code this} is the first argument, as in the C view of the vtable).
 */
final class EncodeFrameDirect {

    /** WelsEnc::CWelsH264SVCEncoder::EncodeFrame(const SSourcePicture*, SFrameBSInfo*) */
    static final String SYMBOL = "_ZN7WelsEnc19CWelsH264SVCEncoder11EncodeFrameEPK16Source_Picture_sP12SFrameBSInfo";

    private EncodeFrameDirect() {
    }

    static native int encodeFrame(Pointer encoder, Pointer source, Pointer frameInfo);

    /**
     * Binds {@link #encodeFrame} when {@code name} exports {@link #SYMBOL} and an encoder's vtable
     * points at it. Call after {@link OpenH264Native} is bound.
     *
     * @return whether the direct call may be used
     */
    static boolean bind(String name) {
        try {
            FunctionMapper toSymbol = (library, method) -> SYMBOL;
            NativeLibrary library = NativeLibrary.getInstance(name, Map.of(Library.OPTION_FUNCTION_MAPPER, toSymbol));
            long exported = Pointer.nativeValue(library.getFunction(SYMBOL));
            if (exported != vtableEntry()) {
                return false;
            }
            Native.register(EncodeFrameDirect.class, library);
            return true;
        } catch (LinkageError | RuntimeException e) {
            return false;
        }
    }

    private static long vtableEntry() {
        try (Memory out = new Memory(8)) {
            out.setLong(0, 0);
            if (OpenH264Native.WelsCreateSVCEncoder(out) != 0 || out.getLong(0) == 0) {
                return -1;
            }
            Pointer encoder = out.getPointer(0);
            try {
                return Pointer.nativeValue(encoder.getPointer(0).getPointer(OpenH264Layout.VTBL_ENCODE_FRAME));
            } finally {
                OpenH264Native.WelsDestroySVCEncoder(encoder);
            }
        }
    }
}
