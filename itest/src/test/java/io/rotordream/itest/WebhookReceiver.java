package io.rotordream.itest;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A webhook receiver on 127.0.0.1 written on plain sockets (the JDK's HTTP server is not visible
 * inside the framework): records each POST body and answers the planned statuses in turn, then 204.
 */
final class WebhookReceiver implements AutoCloseable {

    final List<String> bodies = new CopyOnWriteArrayList<>();
    final List<Long> times = new CopyOnWriteArrayList<>();
    private final Queue<Integer> planned = new ConcurrentLinkedQueue<>();
    private final ServerSocket server;
    private final Thread thread;

    WebhookReceiver(Integer... statuses) throws IOException {
        planned.addAll(List.of(statuses));
        server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        thread = new Thread(this::serve, "itest-webhook-receiver");
        thread.setDaemon(true);
        thread.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getLocalPort() + "/hook";
    }

    private void serve() {
        while (!server.isClosed()) {
            try (Socket s = server.accept()) {
                BufferedReader in = new BufferedReader(new InputStreamReader(s.getInputStream(), StandardCharsets.UTF_8));
                String line = in.readLine();
                int length = 0;
                while ((line = in.readLine()) != null && !line.isEmpty()) {
                    if (line.toLowerCase().startsWith("content-length:")) {
                        length = Integer.parseInt(line.substring(15).trim());
                    }
                }
                char[] body = new char[length];
                int read = 0;
                while (read < length) {
                    int n = in.read(body, read, length - read);
                    if (n < 0) {
                        break;
                    }
                    read += n;
                }
                bodies.add(new String(body, 0, read));
                times.add(System.nanoTime());
                Integer status = planned.poll();
                int code = status == null ? 204 : status;
                OutputStream out = s.getOutputStream();
                out.write(("HTTP/1.1 " + code + " X\r\nContent-Length: 0\r\nConnection: close\r\n\r\n")
                        .getBytes(StandardCharsets.US_ASCII));
                out.flush();
            } catch (IOException | RuntimeException e) {
                // closed, or a client that went away
            }
        }
    }

    @Override
    public void close() throws IOException {
        server.close();
    }
}
