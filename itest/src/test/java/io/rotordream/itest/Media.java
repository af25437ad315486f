package io.rotordream.itest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.rotordream.video.timecode.TimeCodeReader;

/** ffprobe and ffmpeg, the real decoders the suites check the appliance's output with. */
final class Media {

    private Media() {
    }

    static JsonNode probe(Path file, String... extra) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of("ffprobe", "-v", "error", "-of", "json"));
        cmd.addAll(List.of(extra));
        cmd.add(file.toString());
        Process p = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        byte[] out = p.getInputStream().readAllBytes();
        p.waitFor();
        return new ObjectMapper().readTree(out);
    }

    /** ffmpeg's complaints while decoding (empty when the stream decodes cleanly). */
    static String decodeErrors(Path file) throws IOException, InterruptedException {
        Process p = new ProcessBuilder("ffmpeg", "-v", "error", "-i", file.toString(), "-f", "null", "-")
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        String err = new String(p.getErrorStream().readAllBytes());
        p.waitFor();
        return err.trim();
    }

    /** Decodes to 8-bit luma and reads each picture's time code; -1 where none is readable. */
    static long[] sequences(Path file, int width, int height) throws IOException, InterruptedException {
        Process p = new ProcessBuilder("ffmpeg", "-v", "error", "-i", file.toString(), "-f", "rawvideo", "-pix_fmt",
                "gray", "-").redirectError(ProcessBuilder.Redirect.DISCARD).start();
        byte[] gray;
        try (InputStream in = p.getInputStream()) {
            ByteArrayOutputStream bos = new ByteArrayOutputStream();
            in.transferTo(bos);
            gray = bos.toByteArray();
        }
        p.waitFor();
        int size = width * height;
        long[] seq = new long[gray.length / size];
        for (int i = 0; i < seq.length; i++) {
            TimeCodeReader.Reading r = TimeCodeReader.read(gray, i * size, width, width);
            seq[i] = r == null ? -1 : r.sequence;
        }
        return seq;
    }

    /** Number of places where the sequence does not go up by exactly one. */
    static int gaps(long[] seq) {
        int gaps = 0;
        for (int i = 1; i < seq.length; i++) {
            if (seq[i] != seq[i - 1] + 1) {
                gaps++;
            }
        }
        return gaps;
    }
}
