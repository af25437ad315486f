package io.rotordream.encoder.openh264.internal;

import com.sun.jna.Function;
import com.sun.jna.Pointer;

/**
 * The ISVCEncoder interface of one encoder: in C an ISVCEncoder* points at a pointer to
 * ISVCEncoderVtbl, whose entries take the ISVCEncoder* first. JNA cannot direct-map a function
 * pointer, so each entry point is a Function made once. The per-frame EncodeFrame goes through
 * {@link EncodeFrameDirect} when the library allows; otherwise it reuses its argument array, and
 * JNA's Function.invoke still copies it (48 bytes a frame). Calls come from the encode thread
 * only: the library is not safe to call concurrently.
 */
final class OpenH264Vtable {

    private final Pointer encoder;
    private final Function initializeExt;
    private final Function getDefaultParams;
    private final Function uninitialize;
    private final Function encodeFrame;
    private final Function encodeParameterSets;
    private final Function forceIntraFrame;
    private final Function setOption;
    private final Function getOption;
    private final Object[] encodeArgs;
    private final boolean directEncodeFrame;

    OpenH264Vtable(Pointer encoder, boolean directEncodeFrame) {
        this.encoder = encoder;
        this.directEncodeFrame = directEncodeFrame;
        Pointer vtable = encoder.getPointer(0);
        initializeExt = entry(vtable, OpenH264Layout.VTBL_INITIALIZE_EXT);
        getDefaultParams = entry(vtable, OpenH264Layout.VTBL_GET_DEFAULT_PARAMS);
        uninitialize = entry(vtable, OpenH264Layout.VTBL_UNINITIALIZE);
        encodeFrame = entry(vtable, OpenH264Layout.VTBL_ENCODE_FRAME);
        encodeParameterSets = entry(vtable, OpenH264Layout.VTBL_ENCODE_PARAMETER_SETS);
        forceIntraFrame = entry(vtable, OpenH264Layout.VTBL_FORCE_INTRA_FRAME);
        setOption = entry(vtable, OpenH264Layout.VTBL_SET_OPTION);
        getOption = entry(vtable, OpenH264Layout.VTBL_GET_OPTION);
        encodeArgs = new Object[] {encoder, null, null};
    }

    private static Function entry(Pointer vtable, int offset) {
        return Function.getFunction(vtable.getPointer(offset));
    }

    int initializeExt(Pointer param) {
        return initializeExt.invokeInt(new Object[] {encoder, param});
    }

    int getDefaultParams(Pointer param) {
        return getDefaultParams.invokeInt(new Object[] {encoder, param});
    }

    int uninitialize() {
        return uninitialize.invokeInt(new Object[] {encoder});
    }

    /** The per-frame call: the source picture and frame info structs are the encoder's own, preallocated. */
    int encodeFrame(Pointer source, Pointer frameInfo) {
        if (directEncodeFrame) {
            return EncodeFrameDirect.encodeFrame(encoder, source, frameInfo);
        }
        encodeArgs[1] = source;
        encodeArgs[2] = frameInfo;
        return encodeFrame.invokeInt(encodeArgs);
    }

    int encodeParameterSets(Pointer frameInfo) {
        return encodeParameterSets.invokeInt(new Object[] {encoder, frameInfo});
    }

    /**
     * The C++ method is ForceIntraFrame(bool bIDR, int iLayerId = -1) while the C vtable declares
     * only the bool: pass the default -1 (all layers) explicitly so the callee does not read an
     * undefined register.
     */
    int forceIntraFrame() {
        return forceIntraFrame.invokeInt(new Object[] {encoder, Boolean.TRUE, -1});
    }

    int setOption(int option, Pointer value) {
        return setOption.invokeInt(new Object[] {encoder, option, value});
    }

    int getOption(int option, Pointer value) {
        return getOption.invokeInt(new Object[] {encoder, option, value});
    }
}
