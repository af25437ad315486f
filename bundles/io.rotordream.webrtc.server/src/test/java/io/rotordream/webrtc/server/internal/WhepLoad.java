package io.rotordream.webrtc.server.internal;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

/**
 * Benchmark load: N Java WHEP viewers against a running appliance for a while, then one line of
 * JSON with what they received and lost (gaps in the RTP sequence; these viewers send no NACK, so
 * every loss shows). Used by bench/webrtc.sh.
 *
 *   java -cp ... io.rotordream.webrtc.server.internal.WhepLoad BASE_URL TOKEN VIEWERS SECONDS
 */
public final class WhepLoad {

    private WhepLoad() {
    }

    public static void main(String[] args) throws Exception {
        String base = args[0];
        String token = args[1];
        int viewers = Integer.parseInt(args[2]);
        int seconds = Integer.parseInt(args[3]);
        HttpClient http = HttpClient.newHttpClient();
        List<WhepTestClient> clients = new ArrayList<>();
        int failed = 0;
        for (int i = 0; i < viewers; i++) {
            WhepTestClient c = new WhepTestClient();
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + "/api/streaming/webrtc/whep"))
                    .header("Authorization", "Bearer " + token).header("Content-Type", "application/sdp")
                    .POST(HttpRequest.BodyPublishers.ofString(c.offer(false))).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() != 201) {
                failed++;
                continue;
            }
            try {
                c.connect(r.body(), null);
                clients.add(c);
            } catch (java.io.IOException e) {
                failed++;
                c.close();
            }
        }
        Thread.sleep(2000); // every viewer past its first keyframe
        long[] start = new long[clients.size()];
        int[] missingBefore = new int[clients.size()];
        for (int i = 0; i < clients.size(); i++) {
            start[i] = clients.get(i).packets.get();
            missingBefore[i] = clients.get(i).missing().size();
        }
        long t0 = System.nanoTime();
        Thread.sleep(seconds * 1000L);
        double elapsed = (System.nanoTime() - t0) / 1e9;
        long packets = 0;
        long missing = 0;
        long bytes = 0;
        for (int i = 0; i < clients.size(); i++) {
            WhepTestClient c = clients.get(i);
            packets += c.packets.get() - start[i];
            missing += c.missing().size() - missingBefore[i];
            bytes += c.bytes.get();
        }
        System.out.printf(java.util.Locale.ROOT,
                "{\"viewers\":%d,\"connected\":%d,\"failed\":%d,\"packets_per_s\":%.1f,\"missing\":%d,\"bytes\":%d}%n",
                viewers, clients.size(), failed, packets / elapsed, missing, bytes);
        for (WhepTestClient c : clients) {
            c.close();
        }
        System.exit(0);
    }
}
