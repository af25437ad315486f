import java.io.BufferedOutputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;

import io.rotordream.video.timecode.TimeCodeWriter;

/**
 * Raw NV12 frames at a fixed rate on stdout, each with the time code of the moment it is written
 * (sequence and wall clock): the reference server's "sensor", so both servers are measured from the
 * same kind of picture. Usage: java -cp TIMECODE_CLASSES TimeCodeSource.java WIDTH HEIGHT FPS
 */
public class TimeCodeSource {
    public static void main(String[] a) throws Exception {
        int w = Integer.parseInt(a[0]);
        int h = Integer.parseInt(a[1]);
        int fps = Integer.parseInt(a[2]);
        int size = w * h * 3 / 2;
        ByteBuffer frame = ByteBuffer.allocate(size);
        byte[] bytes = frame.array();
        for (int i = 0; i < w * h; i++) {
            bytes[i] = (byte) (40 + (i % w) * 150 / w);
        }
        for (int i = w * h; i < size; i++) {
            bytes[i] = (byte) 128;
        }
        TimeCodeWriter tc = new TimeCodeWriter();
        OutputStream out = new BufferedOutputStream(System.out, size);
        long interval = 1_000_000_000L / fps;
        long next = System.nanoTime();
        for (long seq = 0;; seq++) {
            long wait = next - System.nanoTime();
            if (wait > 0) {
                Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
            }
            next += interval;
            long micros = System.currentTimeMillis() * 1000 + (System.nanoTime() / 1000) % 1000;
            tc.drawLuma(frame, 0, w, w, seq, micros);
            TimeCodeWriter.neutralNv12(frame, w * h, w, w);
            out.write(bytes, 0, size);
            out.flush();
        }
    }
}
