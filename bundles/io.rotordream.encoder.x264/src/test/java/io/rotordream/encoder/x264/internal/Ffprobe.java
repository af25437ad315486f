package io.rotordream.encoder.x264.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** What ffprobe (the real decoder) finds in an Annex B file. */
final class Ffprobe {

    static final Path BINARY = Path.of("/usr/bin/ffprobe");

    final JsonNode stream;
    final List<JsonNode> frames = new ArrayList<>();

    private Ffprobe(JsonNode root) {
        stream = root.path("streams").path(0);
        root.path("frames").forEach(frames::add);
    }

    static boolean present() {
        return Files.isExecutable(BINARY);
    }

    static Ffprobe probe(Path file) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(BINARY.toString(), "-v", "error", "-show_streams", "-show_frames", "-of", "json",
                file.toString()).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        byte[] json = p.getInputStream().readAllBytes();
        if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IOException("ffprobe failed on " + file);
        }
        return new Ffprobe(new ObjectMapper().readTree(new String(json, StandardCharsets.UTF_8)));
    }

    List<Integer> keyframes() {
        List<Integer> k = new ArrayList<>();
        for (int i = 0; i < frames.size(); i++) {
            if (frames.get(i).path("key_frame").asInt() == 1) {
                k.add(i);
            }
        }
        return k;
    }

    long pictTypes(String type) {
        return frames.stream().filter(f -> type.equals(f.path("pict_type").asText())).count();
    }
}
