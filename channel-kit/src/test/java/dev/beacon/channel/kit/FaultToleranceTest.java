package dev.beacon.channel.kit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.beacon.channel.kit.model.ContentPage;
import dev.beacon.channel.kit.model.VoteRequest;
import dev.beacon.channel.kit.rest.ApiUnavailableException;
import dev.beacon.channel.kit.rest.ContentQuery;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;
import org.junit.jupiter.api.Test;

/**
 * The façades' fault tolerance on the wire, against a scripted HTTP server on loopback ({@link FakeApi}), not the
 * real api: retries of an idempotent read, no retry of a write, the {@code @Timeout}, and the circuit breaker.
 * Each test uses its own façade method, so the per-method retry/breaker state of one does not affect another.
 * Only the timeout is shortened here (the real 8 s would make a slow test); retries and the breaker run with the
 * values of their annotations.
 */
@QuarkusTest
@TestProfile(FaultToleranceTest.Profile.class)
class FaultToleranceTest {

    static final String SITE = "/api/v1/sites/demo";
    /** In a plan: answer 200, but only after {@link FakeApi#SLOW}. */
    static final int SLOW = 0;

    // Long enough that the prompt warm-up call fits on a loaded two-core machine; the slow answer is far beyond it.
    static final long TIMEOUT_MILLIS = 3000;

    public static class Profile implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    "beacon.client.mode", "demo",
                    // Far beyond the FT timeout, so that only @Timeout can end the slow call early.
                    "beacon.api.read-timeout", "30S",
                    // @Timeout is declared on the façade class, so it is configured by the class's key.
                    "dev.beacon.channel.kit.BeaconCommunity/Timeout/value", Long.toString(TIMEOUT_MILLIS),
                    "dev.beacon.channel.kit.BeaconCommunity/Timeout/unit", "MILLIS");
        }

        /** Started before Quarkus, for this profile only. */
        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(FakeApi.class));
        }

        /** The contract tests' {@code ApiTestResource} is global; this test must not start (or need) the real api. */
        @Override
        public boolean disableGlobalTestResources() {
            return true;
        }
    }

    /**
     * A loopback HTTP server started before Quarkus; it gives Quarkus its URL. It answers each path by its plan (a
     * queue of statuses whose last one repeats; none = 200) and counts the requests per path. The plans and the
     * counts are JDK types handed over through the system properties (a JVM-wide table of objects), so the test sees
     * the same instances whichever class loader loaded it and this resource.
     */
    public static class FakeApi implements QuarkusTestResourceLifecycleManager {

        static final String HITS = FakeApi.class.getName() + ".hits";
        static final String PLANS = FakeApi.class.getName() + ".plans";
        static final Duration SLOW_FOR = Duration.ofSeconds(10);

        private final Map<String, AtomicInteger> hits = new ConcurrentHashMap<>();
        private final Map<String, Queue<Integer>> plans = new ConcurrentHashMap<>();
        private HttpServer server;
        private ExecutorService threads;

        @Override
        public Map<String, String> start() {
            try {
                server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            threads = Executors.newCachedThreadPool(); // a slow answer must not hold up the others
            server.setExecutor(threads);
            server.createContext("/", this::answer);
            server.start();
            System.getProperties().put(HITS, hits);
            System.getProperties().put(PLANS, plans);
            return Map.of(
                    "beacon.api.url", "http://127.0.0.1:" + server.getAddress().getPort());
        }

        private void answer(HttpExchange exchange) throws IOException {
            try (exchange) {
                exchange.getRequestBody().readAllBytes();
                String path = exchange.getRequestURI().getPath();
                hits.computeIfAbsent(path, p -> new AtomicInteger()).incrementAndGet();
                if (path.equals("/api/v1/demo/token")) {
                    send(exchange, 200, "{\"access_token\":\"x\",\"expires_in\":300}");
                    return;
                }
                Queue<Integer> plan = plans.get(path);
                Integer status = plan == null ? null : plan.size() > 1 ? plan.poll() : plan.peek();
                if (status == null) {
                    status = 200;
                } else if (status == SLOW) {
                    try {
                        Thread.sleep(SLOW_FOR.toMillis());
                    } catch (InterruptedException stopped) {
                        Thread.currentThread().interrupt();
                        return;
                    }
                    status = 200;
                }
                if (status == 200) {
                    send(exchange, 200, "{\"items\":[],\"page\":0,\"size\":20,\"totalItems\":7,\"totalPages\":1}");
                } else {
                    send(exchange, status, "{\"title\":\"unavailable\"}");
                }
            }
        }

        private static void send(HttpExchange exchange, int status, String json) throws IOException {
            byte[] body = json.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(status, body.length);
            exchange.getResponseBody().write(body);
        }

        @Override
        public void stop() {
            if (server != null) {
                server.stop(0);
                threads.shutdownNow();
                System.getProperties().remove(HITS);
                System.getProperties().remove(PLANS);
            }
        }
    }

    @Inject
    BeaconDelivery delivery;

    @Inject
    BeaconCommunity community;

    // Looked up when used: JUnit may construct the test instance before Quarkus starts the resource.
    @SuppressWarnings("unchecked")
    private static void plan(String path, Integer... statuses) {
        Map<String, Queue<Integer>> plans =
                (Map<String, Queue<Integer>>) System.getProperties().get(FakeApi.PLANS);
        plans.put(path, new ConcurrentLinkedQueue<>(List.of(statuses)));
    }

    @SuppressWarnings("unchecked")
    private static int hits(String path) {
        Map<String, AtomicInteger> hits =
                (Map<String, AtomicInteger>) System.getProperties().get(FakeApi.HITS);
        AtomicInteger n = hits.get(path);
        return n == null ? 0 : n.get();
    }

    private static String subject() {
        return "web:" + UUID.randomUUID();
    }

    @Test
    void anIdempotentReadIsRetriedThroughTwo503sAndSucceedsOnTheThirdRequest() {
        String path = SITE + "/content";
        plan(path, 503, 503, 200);

        Delivered<ContentPage> page = delivery.content("demo", ContentQuery.all(), "en");

        assertNotNull(page.body());
        assertEquals(7, page.body().totalItems());
        assertEquals(3, hits(path), "two retries, then the answer");
    }

    @Test
    void aVoteThatMeetsA503IsSentOnceAndTheCallerIsToldTheApiIsUnavailable() {
        String path = SITE + "/polls/7/votes";
        plan(path, 503);

        ApiUnavailableException e = assertThrows(
                ApiUnavailableException.class,
                () -> community.vote("demo", subject(), 7, "en", VoteRequest.ofChoices(List.of("yes"))));

        assertEquals(503, e.status());
        assertEquals(1, hits(path), "a write must not be retried");
    }

    @Test
    void aCallSlowerThanTheTimeoutFailsSoonAfterTheTimeout() {
        String path = SITE + "/content/11/comments";
        plan(path, 200, SLOW);
        // A first, prompt comment warms up the token and the client, so that the timed call spends its time waiting.
        community.comment("demo", subject(), 11, "Hello", null);

        long start = System.nanoTime();
        assertThrows(TimeoutException.class, () -> community.comment("demo", subject(), 11, "Hello", null));
        long elapsed = Duration.ofNanos(System.nanoTime() - start).toMillis();

        assertTrue(elapsed >= TIMEOUT_MILLIS, "gave up after " + elapsed + " ms, before the timeout");
        assertTrue(elapsed < 2 * TIMEOUT_MILLIS, "gave up after " + elapsed + " ms, not bounded by the timeout");
        assertEquals(2, hits(path), "a comment is not retried, not even after a timeout");
    }

    @Test
    void afterTwentyFailedRequestsTheCircuitOpensAndTheNextCallDoesNotReachTheApi() {
        String path = SITE;
        plan(path, 503);

        // site() is retried twice, so each call makes up to 3 requests; the breaker counts each of them and opens
        // when its window of 20 is full of failures (failure ratio 1 >= 0.5).
        int calls = 0;
        CircuitBreakerOpenException opened = null;
        while (opened == null && calls < 10) {
            calls++;
            try {
                delivery.site("demo");
                fail("a 503 must not be a success");
            } catch (ApiUnavailableException expected) {
                // the breaker is still closed
            } catch (CircuitBreakerOpenException e) {
                opened = e;
            }
        }
        assertNotNull(opened, "the circuit never opened; the api saw " + hits(path) + " requests");
        assertEquals(20, hits(path), "the breaker opens on its 20th failed request, not before, not after");

        long start = System.nanoTime();
        assertThrows(CircuitBreakerOpenException.class, () -> delivery.site("demo"));
        long elapsed = Duration.ofNanos(System.nanoTime() - start).toMillis();

        assertEquals(20, hits(path), "an open circuit must not reach the api");
        assertTrue(elapsed < 100, "an open circuit fails fast, took " + elapsed + " ms");
    }
}
