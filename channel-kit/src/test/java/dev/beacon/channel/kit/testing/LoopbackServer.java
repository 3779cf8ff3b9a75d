package dev.beacon.channel.kit.testing;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.util.concurrent.Executors;

/** The JDK's HttpServer on 127.0.0.1 with daemon worker threads: what every platform double listens with. */
public final class LoopbackServer {

    private LoopbackServer() {}

    /** Started on {@code port} (0: a free one), every path to {@code handler}. */
    public static HttpServer start(int port, String name, HttpHandler handler) {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 64);
            server.createContext("/", handler);
            server.setExecutor(Executors.newFixedThreadPool(8, r -> {
                Thread t = new Thread(r, name);
                t.setDaemon(true);
                return t;
            }));
            server.start();
            return server;
        } catch (IOException e) {
            throw new IllegalStateException("Could not start the " + name, e);
        }
    }

    /** Answers {@code status} with {@code body} as {@code type}. */
    public static void reply(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    /** Runs {@code start} from a {@code main}: prints where it listens, closes on Ctrl-C, never returns. */
    public static void runAlone(String what, String url, AutoCloseable double_) throws InterruptedException {
        System.out.println(what + " listening on " + url);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                double_.close();
            } catch (Exception ignored) {
                // stopping anyway
            }
        }));
        Thread.currentThread().join();
    }
}
