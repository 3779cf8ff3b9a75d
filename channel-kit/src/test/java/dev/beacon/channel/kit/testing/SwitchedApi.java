package dev.beacon.channel.kit.testing;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executors;

/**
 * The real api ({@link ApiUnderTest}) behind a switch: a loopback proxy that forwards every request, or answers
 * {@code 503} while {@link #down(boolean)} is on (or for the next {@link #failNext} requests), to show what a person sees during an api outage and that the next
 * message works once it is over. The adapter under test talks to the api only through it.
 */
public class SwitchedApi implements QuarkusTestResourceLifecycleManager {

    private static final Set<String> HOP =
            Set.of("connection", "content-length", "host", "transfer-encoding", "upgrade");
    private static volatile boolean down;
    private static HttpServer server;
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private static final java.util.concurrent.atomic.AtomicInteger FAILURES =
            new java.util.concurrent.atomic.AtomicInteger();

    public static void down(boolean value) {
        down = value;
    }

    /** The next {@code requests} requests are answered {@code 503}, then the api is reached again. */
    public static void failNext(int requests) {
        FAILURES.set(requests);
    }

    @Override
    public synchronized Map<String, String> start() {
        String target = ApiUnderTest.shared().url();
        if (server == null) {
            try {
                server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 64);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
            server.createContext("/", exchange -> forward(exchange, target));
            server.setExecutor(Executors.newFixedThreadPool(8));
            server.start();
        }
        return Map.of(
                "beacon.api.url", "http://127.0.0.1:" + server.getAddress().getPort(), "beacon.client.mode", "demo");
    }

    private static void forward(HttpExchange exchange, String target) throws IOException {
        try (exchange) {
            if (down || FAILURES.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
                byte[] body = "{\"type\":\"about:blank\",\"status\":503}".getBytes();
                exchange.getResponseHeaders().add("Content-Type", "application/problem+json");
                exchange.sendResponseHeaders(503, body.length);
                exchange.getResponseBody().write(body);
                return;
            }
            byte[] in = exchange.getRequestBody().readAllBytes();
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(target + exchange.getRequestURI()))
                    .method(
                            exchange.getRequestMethod(),
                            in.length == 0
                                    ? HttpRequest.BodyPublishers.noBody()
                                    : HttpRequest.BodyPublishers.ofByteArray(in));
            exchange.getRequestHeaders().forEach((name, values) -> {
                if (!HOP.contains(name.toLowerCase())) {
                    values.forEach(v -> request.header(name, v));
                }
            });
            HttpResponse<byte[]> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            response.headers().map().forEach((name, values) -> {
                if (!HOP.contains(name.toLowerCase()) && !name.startsWith(":")) {
                    exchange.getResponseHeaders().put(name, List.copyOf(values));
                }
            });
            byte[] body = response.body();
            int status = response.statusCode();
            exchange.sendResponseHeaders(status, status == 304 || body.length == 0 ? -1 : body.length);
            if (body.length > 0 && status != 304) {
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(body);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void stop() {
        // shared by the JVM's test classes
    }
}
