package io.rotordream.video.synthetic.internal;

import java.io.FileOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;

import io.rotordream.memory.api.PooledBuffer;
import io.rotordream.video.api.BufferFrame;
import io.rotordream.video.api.FrameFormat;
import io.rotordream.video.api.PixelFormat;

/**
 * Writes the synthetic sensor's frames as raw video, so a reference encoder (ffmpeg, GStreamer)
 * can be fed exactly the pictures the appliance encodes. A bench tool, run from the bundle jar:
 * {@code java -cp <synthetic, video.api, memory.api, timecode jars> ...FrameDump W H FORMAT N FILE [FIRST]}:
 * frames FIRST (default 0) to FIRST+N-1, so a reference can encode the very frames the appliance
 * encoded in a measured window (the pattern's detail varies along its scroll period).
 */
public final class FrameDump {

    private FrameDump() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 5 && args.length != 6) {
            System.err.println("usage: FrameDump WIDTH HEIGHT NV12|I420|YUYV FRAMES FILE [FIRST]");
            System.exit(2);
        }
        FrameFormat f = new FrameFormat(PixelFormat.valueOf(args[2]), Integer.parseInt(args[0]),
                Integer.parseInt(args[1]), 30, 1);
        int frames = Integer.parseInt(args[3]);
        long first = args.length == 6 ? Long.parseLong(args[5]) : 0;
        ByteBuffer buf = ByteBuffer.allocateDirect(BufferFrame.bytesFor(f));
        BufferFrame frame = new BufferFrame(new PooledBuffer() {
            private int length;

            @Override public ByteBuffer buffer() { return buf; }
            @Override public int length() { return length; }
            @Override public void length(int l) { length = l; }
            @Override public PooledBuffer retain() { return this; }
            @Override public void release() { }
            @Override public int references() { return 1; }
        });
        PatternRenderer renderer = new PatternRenderer(f);
        try (FileChannel out = new FileOutputStream(args[4]).getChannel()) {
            for (long n = first; n < first + frames; n++) {
                frame.set(f, n, n * f.frameIntervalNanos(), n * f.frameIntervalNanos() / 1000);
                renderer.render(frame, n);
                buf.clear().limit(frame.length());
                while (buf.hasRemaining()) {
                    out.write(buf);
                }
            }
        }
    }
}
