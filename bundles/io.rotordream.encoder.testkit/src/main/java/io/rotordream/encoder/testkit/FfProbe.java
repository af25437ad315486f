package io.rotordream.encoder.testkit;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * What ffprobe, a real decoder, finds in an elementary stream file: the first stream's fields, and
 * per decoded frame (display order) its fields, as ffprobe names and spells them.
 */
public final class FfProbe {

    public static final Path FFPROBE = Paths.get("/usr/bin/ffprobe");
    public static final Path FFMPEG = Paths.get("/usr/bin/ffmpeg");

    /** e.g. codec_name, profile, width, height, level. */
    public final Map<String, String> stream = new HashMap<>();
    /** e.g. key_frame, pict_type, pkt_size. */
    public final List<Map<String, String>> frames = new ArrayList<>();

    private FfProbe() {
    }

    /** Whether ffprobe and ffmpeg are installed (Debian ships them in one package). */
    public static boolean available() {
        return Files.isExecutable(FFPROBE) && Files.isExecutable(FFMPEG);
    }

    /** {@code ffprobe -show_streams -show_frames -of flat}: lines like {@code frames.frame.3.key_frame=1}. */
    public static FfProbe probe(Path file) throws IOException, InterruptedException {
        String out = run(FFPROBE.toString(), "-v", "error", "-show_streams", "-show_frames", "-of", "flat",
                file.toString());
        FfProbe probe = new FfProbe();
        for (String line : out.split("\n")) {
            int eq = line.indexOf('=');
            if (eq < 0) {
                continue;
            }
            String key = line.substring(0, eq);
            String value = line.substring(eq + 1).replace("\"", "");
            if (key.startsWith("streams.stream.0.")) {
                probe.stream.put(key.substring("streams.stream.0.".length()), value);
            } else if (key.startsWith("frames.frame.")) {
                String rest = key.substring("frames.frame.".length());
                int dot = rest.indexOf('.');
                int index = Integer.parseInt(rest.substring(0, dot));
                while (probe.frames.size() <= index) {
                    probe.frames.add(new HashMap<>());
                }
                probe.frames.get(index).put(rest.substring(dot + 1), value);
            }
        }
        return probe;
    }

    /** Decodes to planar 4:2:0 with ffmpeg, for comparing pictures with what was encoded. */
    public static byte[] decodeI420(Path file) throws IOException, InterruptedException {
        Path yuv = Files.createTempFile(file.getParent(), "decoded", ".yuv");
        run(FFMPEG.toString(), "-v", "error", "-y", "-i", file.toString(), "-f", "rawvideo", "-pix_fmt", "yuv420p",
                yuv.toString());
        return Files.readAllBytes(yuv);
    }

    /** Display indexes of the key frames. */
    public List<Integer> keyframes() {
        List<Integer> keys = new ArrayList<>();
        for (int i = 0; i < frames.size(); i++) {
            if ("1".equals(frames.get(i).get("key_frame"))) {
                keys.add(i);
            }
        }
        return keys;
    }

    /** How many frames are of {@code type} (I, P, B). */
    public long pictTypes(String type) {
        return frames.stream().filter(f -> type.equals(f.get("pict_type"))).count();
    }

    /** Bytes of the packets of frames [from, to). */
    public long packetBytes(int from, int to) {
        long sum = 0;
        for (int i = from; i < to; i++) {
            sum += Long.parseLong(frames.get(i).get("pkt_size"));
        }
        return sum;
    }

    private static String run(String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        byte[] out = process.getInputStream().readAllBytes();
        if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new IOException(String.join(" ", command) + " failed: " + new String(out, StandardCharsets.UTF_8));
        }
        return new String(out, StandardCharsets.UTF_8);
    }
}
