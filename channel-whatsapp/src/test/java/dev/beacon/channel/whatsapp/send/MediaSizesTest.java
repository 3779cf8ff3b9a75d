package dev.beacon.channel.whatsapp.send;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The sizes of linked images, asked with HEAD of a loopback server, once per URL. */
class MediaSizesTest {

    @Test
    void readsContentLengthOncePerUrlAndKnowsNothingOfWhatDoesNotSay() throws Exception {
        AtomicInteger heads = new AtomicInteger();
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            heads.incrementAndGet();
            String path = exchange.getRequestURI().getPath();
            long length = path.equals("/big.jpg") ? 6_291_456 : path.equals("/small.jpg") ? 48_000 : -1;
            if (length < 0) {
                exchange.sendResponseHeaders(404, -1);
            } else {
                exchange.getResponseHeaders().add("Content-Type", "image/jpeg");
                exchange.getResponseHeaders().add("Content-Length", Long.toString(length));
                exchange.sendResponseHeaders(200, -1);
            }
            exchange.close();
        });
        server.start();
        try {
            String base = "http://127.0.0.1:" + server.getAddress().getPort();
            MediaSizes sizes = new MediaSizes(Duration.ofSeconds(2), 10);
            assertEquals(OptionalLong.of(6_291_456), sizes.bytes(base + "/big.jpg"));
            assertEquals(OptionalLong.of(48_000), sizes.bytes(base + "/small.jpg"));
            assertEquals(OptionalLong.empty(), sizes.bytes(base + "/missing.jpg"));
            assertEquals(OptionalLong.of(6_291_456), sizes.bytes(base + "/big.jpg"));
            assertEquals(3, heads.get(), "each URL asked once");
            assertEquals(OptionalLong.empty(), sizes.bytes("http://127.0.0.1:1/nothing-listens.jpg"));
        } finally {
            server.stop(0);
        }
    }
}
