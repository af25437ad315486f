import java.io.DataInputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import io.rotordream.video.timecode.TimeCodeReader;

/**
 * Reads decoded 8-bit luma pictures (ffmpeg -f rawvideo -pix_fmt gray) from stdin, reads each
 * picture's time code and prints glass-to-glass latency: now minus the capture time drawn in the
 * picture. Skips the first WARMUP seconds, measures for SECONDS.
 * Usage: java -cp TIMECODE_CLASSES LatencyProbe.java WIDTH HEIGHT WARMUP SECONDS LABEL [FILE to append values to]
 */
public class LatencyProbe {
    public static void main(String[] a) throws Exception {
        int w = Integer.parseInt(a[0]);
        int h = Integer.parseInt(a[1]);
        double warmup = Double.parseDouble(a[2]);
        double seconds = Double.parseDouble(a[3]);
        String label = a[4];
        DataInputStream in = new DataInputStream(System.in);
        byte[] luma = new byte[w * h];
        List<Double> ms = new ArrayList<>();
        long start = System.nanoTime();
        long lastSeq = -1;
        int gaps = 0;
        int unreadable = 0;
        while (true) {
            try {
                in.readFully(luma);
            } catch (java.io.EOFException e) {
                break;
            }
            long nowMicros = System.currentTimeMillis() * 1000 + (System.nanoTime() / 1000) % 1000;
            double t = (System.nanoTime() - start) / 1e9;
            TimeCodeReader.Reading r = TimeCodeReader.read(luma, 0, w, w);
            if (t < warmup) {
                continue;
            }
            if (t > warmup + seconds) {
                break;
            }
            if (r == null) {
                unreadable++;
                continue;
            }
            if (lastSeq >= 0 && r.sequence != lastSeq + 1) {
                gaps++;
            }
            lastSeq = r.sequence;
            ms.add((nowMicros - r.epochMicros(nowMicros)) / 1000.0);
        }
        if (a.length > 5) {
            StringBuilder all = new StringBuilder();
            for (double v : ms) {
                all.append(v).append('\n');
            }
            java.nio.file.Files.writeString(java.nio.file.Path.of(a[5]), all, java.nio.file.StandardOpenOption.CREATE,
                    java.nio.file.StandardOpenOption.APPEND);
        }
        Collections.sort(ms);
        if (ms.isEmpty()) {
            System.out.printf("%-22s no readable frames%n", label);
            return;
        }
        System.out.printf("%-22s frames %4d  median %6.1f ms  p95 %6.1f ms  min %6.1f  max %6.1f  gaps %d  unreadable %d%n",
                label, ms.size(), ms.get(ms.size() / 2), ms.get((int) (ms.size() * 0.95)), ms.get(0),
                ms.get(ms.size() - 1), gaps, unreadable);
    }
}
