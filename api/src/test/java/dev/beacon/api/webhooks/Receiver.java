package dev.beacon.api.webhooks;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedDeque;

/** A webhook receiver on loopback that answers a script of statuses (then 200) and keeps what it received. */
final class Receiver implements AutoCloseable {

    record Received(String path, Map<String, String> headers, byte[] body) {}

    private final HttpServer server;
    private final Deque<Integer> script = new ConcurrentLinkedDeque<>();
    private final List<Received> received = new ArrayList<>();

    Receiver(Integer... statuses) throws IOException {
        script.addAll(List.of(statuses));
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            byte[] body;
            try (InputStream in = exchange.getRequestBody()) {
                body = in.readAllBytes();
            }
            Map<String, String> headers = new java.util.TreeMap<>(String.CASE_INSENSITIVE_ORDER);
            exchange.getRequestHeaders().forEach((k, v) -> headers.put(k, v.get(0)));
            synchronized (received) {
                received.add(new Received(exchange.getRequestURI().getPath(), headers, body));
            }
            Integer next = script.poll();
            exchange.sendResponseHeaders(next == null ? 200 : next, -1);
            exchange.close();
        });
        server.setExecutor(java.util.concurrent.Executors.newFixedThreadPool(4));
        server.start();
    }

    /** Answers this status from now on (until the script is replaced). */
    void always(int status) {
        script.clear();
        for (int i = 0; i < 1000; i++) {
            script.add(status);
        }
    }

    String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    List<Received> received() {
        synchronized (received) {
            return List.copyOf(received);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
