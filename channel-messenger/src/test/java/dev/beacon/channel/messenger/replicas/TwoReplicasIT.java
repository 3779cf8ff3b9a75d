package dev.beacon.channel.messenger.replicas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.beacon.channel.kit.testing.ApiUnderTest;
import dev.beacon.channel.kit.testing.graph.GraphDouble;
import dev.beacon.channel.kit.webhook.HubSignature;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Two replicas of the packaged adapter ({@code target/quarkus-app/quarkus-run.jar}, run by failsafe after
 * {@code package}) as child processes on free ports, sharing the machine's Redis under a key prefix of their own, with
 * the real packaged api (demo content) and one Graph API double: the same signed event delivered 10 times at once,
 * five times to each replica, is answered once.
 */
class TwoReplicasIT {

    private static final String SECRET = "replicas-app-secret";
    private static final String PAGE = "100000000000007";
    private static final String REDIS = System.getProperty("beacon.test.redis-url", "redis://127.0.0.1:6379");

    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static GraphDouble graph;
    private static final List<Process> replicas = new ArrayList<>();
    private static final List<String> bases = new ArrayList<>();

    @BeforeAll
    static void startTwoReplicas() throws Exception {
        Path jar = Path.of(System.getProperty("beacon.test.adapter-jar", "target/quarkus-app/quarkus-run.jar"))
                .toAbsolutePath();
        assertTrue(Files.isRegularFile(jar), "the packaged adapter is missing: " + jar + " (run `./mvnw verify`)");
        ApiUnderTest api = ApiUnderTest.shared();
        graph = GraphDouble.start();
        String prefix = "beacon-replicas-it:" + UUID.randomUUID() + ":";
        Path logs =
                Path.of(System.getProperty("beacon.test.work-dir", "target")).resolve("replicas");
        Files.createDirectories(logs);
        for (int i = 0; i < 2; i++) {
            int port = freePort();
            ProcessBuilder builder = new ProcessBuilder(
                            Path.of(System.getProperty("java.home"), "bin", "java")
                                    .toString(),
                            "-Xmx256m",
                            "-jar",
                            jar.toString())
                    .redirectErrorStream(true)
                    .redirectOutput(logs.resolve("replica-" + i + ".log").toFile());
            Map<String, String> env = builder.environment();
            env.keySet().removeIf(k -> k.startsWith("BEACON_") || k.startsWith("QUARKUS_") || k.equals("PORT"));
            env.put("QUARKUS_HTTP_PORT", Integer.toString(port));
            env.put("QUARKUS_HTTP_HOST", "127.0.0.1");
            env.put("BEACON_API_URL", api.url());
            env.put("BEACON_MESSENGER_GRAPH_URL", graph.url());
            env.put("BEACON_MESSENGER_APP_SECRET", SECRET);
            env.put("BEACON_MESSENGER_VERIFY_TOKEN", "replicas");
            env.put("BEACON_MESSENGER_PAGES", PAGE + "=demo:replicas-page-token");
            env.put("BEACON_CONVERSATION_PAYLOAD_KEY", "replicas-payload-key-0123456789abcdef0123456789");
            env.put("BEACON_REDIS_URL", REDIS);
            env.put("BEACON_REDIS_PREFIX", prefix);
            replicas.add(builder.start());
            bases.add("http://127.0.0.1:" + port);
        }
        for (int i = 0; i < 2; i++) {
            awaitReady(bases.get(i), replicas.get(i), logs.resolve("replica-" + i + ".log"));
        }
    }

    @AfterAll
    static void stop() throws InterruptedException {
        for (Process p : replicas) {
            p.destroy();
        }
        for (Process p : replicas) {
            if (!p.waitFor(20, TimeUnit.SECONDS)) {
                p.destroyForcibly();
            }
        }
        if (graph != null) {
            graph.close();
        }
    }

    @Test
    void theSameEventDeliveredTenTimesAtOnceToTwoReplicasIsAnsweredOnce() throws Exception {
        // Each replica answers a "menu" of its own first: both really serve this page, and this is what one
        // handling sends (mark_seen, typing_on, the menu's messages).
        List<Integer> once = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            String psid = newPsid();
            assertEquals(200, post(bases.get(i), event(psid, "m_" + UUID.randomUUID(), "menu")));
            awaitMenu(psid);
            Thread.sleep(1500);
            once.add(graph.sentTo(psid).size());
        }
        assertEquals(once.get(0), once.get(1), "both replicas answer a menu alike");

        String psid = newPsid();
        byte[] event = event(psid, "m_" + UUID.randomUUID(), "menu");
        ExecutorService pool = Executors.newFixedThreadPool(10);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Integer>> posts = new ArrayList<>();
            for (int i = 0; i < 10; i++) {
                String base = bases.get(i % 2);
                posts.add(pool.submit(() -> {
                    start.await();
                    return post(base, event);
                }));
            }
            start.countDown();
            for (Future<Integer> post : posts) {
                assertEquals(200, post.get(30, TimeUnit.SECONDS), "each delivery is accepted");
            }
        } finally {
            pool.shutdownNow();
        }
        awaitMenu(psid);
        Thread.sleep(3000); // a second handling, if any, would have answered by now
        List<JsonNode> sent = graph.sentTo(psid);
        assertEquals(1, count(sent, "mark_seen"), "seen once: " + sent);
        assertEquals(1, count(sent, "typing_on"), "typing once: " + sent);
        assertEquals(1, menus(sent), "one answer: " + sent);
        assertEquals(once.get(0), sent.size(), "exactly what one handling sends: " + sent);
    }

    private static long count(List<JsonNode> sent, String action) {
        return sent.stream()
                .filter(m -> action.equals(m.path("sender_action").asText()))
                .count();
    }

    /** Messages carrying the home menu's question (the one with its quick replies). */
    private static long menus(List<JsonNode> sent) {
        return sent.stream()
                .filter(m -> m.toString().contains("what would you like to read?"))
                .count();
    }

    private static void awaitMenu(String psid) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (menus(graph.sentTo(psid)) == 0) {
            assertTrue(System.nanoTime() < deadline, "no answer to " + psid + ": " + graph.sentTo(psid));
            Thread.sleep(100);
        }
    }

    private static byte[] event(String psid, String mid, String text) {
        long now = System.currentTimeMillis();
        return ("{\"object\":\"page\",\"entry\":[{\"id\":\"" + PAGE + "\",\"time\":" + now + ",\"messaging\":[{"
                        + "\"sender\":{\"id\":\"" + psid + "\"},\"recipient\":{\"id\":\"" + PAGE + "\"},\"timestamp\":"
                        + now + ",\"message\":{\"mid\":\"" + mid + "\",\"text\":\"" + text + "\"}}]}]}")
                .getBytes(StandardCharsets.UTF_8);
    }

    private static int post(String base, byte[] body) throws IOException, InterruptedException {
        return HTTP.send(
                        HttpRequest.newBuilder(URI.create(base + "/webhook"))
                                .header("Content-Type", "application/json")
                                .header(HubSignature.HEADER, new HubSignature(SECRET).sign(body))
                                .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                                .build(),
                        HttpResponse.BodyHandlers.discarding())
                .statusCode();
    }

    private static String newPsid() {
        return Long.toString(7_000_000_000_000L + (System.nanoTime() & 0xFFFFFFFFFL));
    }

    private static void awaitReady(String base, Process replica, Path log) throws Exception {
        for (int i = 0; i < 360; i++) {
            assertTrue(replica.isAlive(), () -> "a replica stopped: " + tail(log));
            try {
                if (HTTP.send(
                                        HttpRequest.newBuilder(URI.create(base + "/q/health/ready"))
                                                .build(),
                                        HttpResponse.BodyHandlers.discarding())
                                .statusCode()
                        == 200) {
                    return;
                }
            } catch (IOException starting) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        throw new AssertionError("a replica was not ready after 180 s: " + tail(log));
    }

    private static String tail(Path log) {
        try {
            String all = Files.readString(log);
            return all.substring(Math.max(0, all.length() - 3000));
        } catch (IOException e) {
            return "(no log)";
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
