package io.rotordream.encoder.openh264.internal;

import java.io.ByteArrayOutputStream;

import com.sun.jna.CallbackReference;
import com.sun.jna.Memory;
import com.sun.jna.Pointer;

import io.rotordream.encoder.support.AnnexB;
import io.rotordream.video.api.encoder.Codec;
import io.rotordream.video.api.encoder.EncoderException;
import io.rotordream.video.api.encoder.EncoderSettings;
import io.rotordream.video.api.encoder.ParameterSets;

/** One ISVCEncoder: created, logging into slf4j, initialized with SEncParamExt, destroyed. */
final class OpenH264Session implements AutoCloseable {

    final Pointer encoder;
    final OpenH264Vtable vtable;
    /** Held for the encoder's lifetime: the library keeps only the function pointer. */
    private final OpenH264Trace trace = new OpenH264Trace();
    private boolean initialized;
    private boolean closed;

    private OpenH264Session(Pointer encoder, boolean directEncodeFrame) {
        this.encoder = encoder;
        this.vtable = new OpenH264Vtable(encoder, directEncodeFrame);
    }

    static OpenH264Session open(OpenH264Config config, boolean directEncodeFrame) throws EncoderException {
        Pointer encoder;
        try (Memory out = new Memory(8)) {
            out.setLong(0, 0);
            int result = OpenH264Native.WelsCreateSVCEncoder(out);
            encoder = out.getPointer(0);
            if (result != 0 || encoder == null) {
                throw new EncoderException("WelsCreateSVCEncoder failed: " + result);
            }
        }
        OpenH264Session session = new OpenH264Session(encoder, directEncodeFrame);
        try {
            session.initialize(config);
            return session;
        } catch (EncoderException | RuntimeException | Error e) {
            session.close();
            throw e;
        }
    }

    private void initialize(OpenH264Config config) throws EncoderException {
        try (Memory callback = new Memory(8); Memory level = new Memory(4)) {
            // Trace options are accepted before InitializeExt, so its own complaints reach the log too.
            callback.setPointer(0, CallbackReference.getFunctionPointer(trace));
            vtable.setOption(OpenH264Layout.OPTION_TRACE_CALLBACK, callback);
            level.setInt(0, OpenH264Layout.LOG_WARNING);
            vtable.setOption(OpenH264Layout.OPTION_TRACE_LEVEL, level);
        }
        try (Memory param = new Memory(OpenH264Layout.PARAM_SIZE)) {
            param.clear();
            int result = vtable.getDefaultParams(param);
            if (result != 0) {
                throw new EncoderException("OpenH264 GetDefaultParams failed: " + result);
            }
            config.writeTo(param);
            result = vtable.initializeExt(param);
            if (result != 0) {
                throw new EncoderException("OpenH264 refused the settings (InitializeExt " + result
                        + ", see the io.rotordream.encoder.openh264.library log)");
            }
            initialized = true;
        }
    }

    /** Writes what OpenH264 made of the settings (GetOption of the SEncParamExt) into {@code s}. */
    void applyTo(EncoderSettings s) {
        try (Memory param = new Memory(OpenH264Layout.PARAM_SIZE)) {
            param.clear();
            if (vtable.getOption(OpenH264Layout.OPTION_PARAM_EXT, param) != 0) {
                return;
            }
            s.gopSize = param.getInt(OpenH264Layout.PARAM_INTRA_PERIOD);
            s.referenceFrames = param.getInt(OpenH264Layout.PARAM_NUM_REF_FRAME);
            s.threads = param.getShort(OpenH264Layout.PARAM_THREADS) & 0xffff;
            s.slices = param.getInt(OpenH264Layout.PARAM_LAYER0 + OpenH264Layout.LAYER_SLICE_NUM);
            s.bitrateKbps = param.getInt(OpenH264Layout.PARAM_TARGET_BITRATE) / 1000;
        }
    }

    /** SPS and PPS from EncodeParameterSets (constant ids, so the same as in front of every IDR). */
    ParameterSets parameterSets(Memory frameInfo) throws EncoderException {
        int result = vtable.encodeParameterSets(frameInfo);
        if (result != 0) {
            throw new EncoderException("OpenH264 EncodeParameterSets failed: " + result);
        }
        ByteArrayOutputStream stream = new ByteArrayOutputStream();
        for (int i = 0; i < frameInfo.getInt(OpenH264Layout.FRAME_LAYER_NUM); i++) {
            long layer = OpenH264Layout.FRAME_LAYERS + (long) i * OpenH264Layout.BS_LAYER_SIZE;
            Pointer lengths = frameInfo.getPointer(layer + OpenH264Layout.BS_LAYER_NAL_LENGTHS);
            Pointer bytes = frameInfo.getPointer(layer + OpenH264Layout.BS_LAYER_BUFFER);
            int size = 0;
            for (int n = 0; n < frameInfo.getInt(layer + OpenH264Layout.BS_LAYER_NAL_COUNT); n++) {
                size += lengths.getInt(4L * n);
            }
            stream.writeBytes(bytes.getByteArray(0, size));
        }
        byte[] sps = null;
        byte[] pps = null;
        for (byte[] nal : AnnexB.nalUnits(stream.toByteArray())) {
            if (AnnexB.h264Type(nal) == AnnexB.H264_SPS && sps == null) {
                sps = nal;
            } else if (AnnexB.h264Type(nal) == AnnexB.H264_PPS && pps == null) {
                pps = nal;
            }
        }
        if (sps == null || pps == null) {
            throw new EncoderException("OpenH264 EncodeParameterSets gave no SPS/PPS");
        }
        return new ParameterSets(Codec.H264, null, sps, pps);
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        if (initialized) {
            vtable.uninitialize();
        }
        OpenH264Native.WelsDestroySVCEncoder(encoder);
    }
}
