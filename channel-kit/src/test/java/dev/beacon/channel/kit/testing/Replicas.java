package dev.beacon.channel.kit.testing;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
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

/**
 * Replicas of a packaged chat adapter ({@code target/quarkus-app/quarkus-run.jar}, run by failsafe after
 * {@code package}) as child processes on free loopback ports, sharing the machine's Redis under a key prefix of their
 * own (a fresh one per run), with no {@code BEACON_}/{@code QUARKUS_} variable of the test JVM: what an adapter's
 * {@code TwoReplicasIT} starts, then delivers the same event to both at once.
 */
public final class Replicas implements AutoCloseable {

    public static final String REDIS = System.getProperty("beacon.test.redis-url", "redis://127.0.0.1:6379");
    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final List<Process> processes = new ArrayList<>();
    private final List<String> bases = new ArrayList<>();

    private Replicas() {}

    /** Starts {@code count} replicas with {@code env} (plus port, host, Redis and its prefix) and waits until ready. */
    public static Replicas start(int count, Map<String, String> env) throws Exception {
        Path jar = Path.of(System.getProperty("beacon.test.adapter-jar", "target/quarkus-app/quarkus-run.jar"))
                .toAbsolutePath();
        assertTrue(Files.isRegularFile(jar), "the packaged adapter is missing: " + jar + " (run `./mvnw verify`)");
        String prefix = "beacon-replicas-it:" + UUID.randomUUID() + ":";
        Path logs =
                Path.of(System.getProperty("beacon.test.work-dir", "target")).resolve("replicas");
        Files.createDirectories(logs);
        Replicas replicas = new Replicas();
        for (int i = 0; i < count; i++) {
            int port = freePort();
            ProcessBuilder builder = new ProcessBuilder(
                            Path.of(System.getProperty("java.home"), "bin", "java")
                                    .toString(),
                            "-Xmx256m",
                            "-jar",
                            jar.toString())
                    .redirectErrorStream(true)
                    .redirectOutput(logs.resolve("replica-" + i + ".log").toFile());
            Map<String, String> vars = builder.environment();
            vars.keySet().removeIf(k -> k.startsWith("BEACON_") || k.startsWith("QUARKUS_") || k.equals("PORT"));
            vars.put("QUARKUS_HTTP_PORT", Integer.toString(port));
            vars.put("QUARKUS_HTTP_HOST", "127.0.0.1");
            vars.put("BEACON_REDIS_URL", REDIS);
            vars.put("BEACON_REDIS_PREFIX", prefix);
            vars.putAll(env);
            replicas.processes.add(builder.start());
            replicas.bases.add("http://127.0.0.1:" + port);
        }
        for (int i = 0; i < count; i++) {
            awaitReady(replicas.bases.get(i), replicas.processes.get(i), logs.resolve("replica-" + i + ".log"));
        }
        return replicas;
    }

    /** {@code http://127.0.0.1:<port>} of replica {@code i}. */
    public String base(int i) {
        return bases.get(i);
    }

    public int size() {
        return bases.size();
    }

    /** POSTs {@code body} to {@code path} of replica {@code i} with {@code headers}; the status. */
    public int post(int i, String path, Map<String, String> headers, byte[] body)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base(i) + path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        headers.forEach(request::header);
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.discarding())
                .statusCode();
    }

    /** The same POST {@code times} times at once, spread over the replicas in turn; every status, in order. */
    public List<Integer> postAtOnce(int times, String path, Map<String, String> headers, byte[] body) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(times);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Integer>> posts = new ArrayList<>();
            for (int i = 0; i < times; i++) {
                int replica = i % size();
                posts.add(pool.submit(() -> {
                    start.await();
                    return post(replica, path, headers, body);
                }));
            }
            start.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> post : posts) {
                statuses.add(post.get(30, TimeUnit.SECONDS));
            }
            return statuses;
        } finally {
            pool.shutdownNow();
        }
    }

    @Override
    public void close() throws InterruptedException {
        for (Process p : processes) {
            p.destroy();
        }
        for (Process p : processes) {
            if (!p.waitFor(20, TimeUnit.SECONDS)) {
                p.destroyForcibly();
            }
        }
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
