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
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Webhook benchmark of a chat adapter, Messenger or WhatsApp (BENCH_ADAPTER; run by bench/webhook/run.sh): the packaged
 * api with its demo content
 * (ApiUnderTest) and the Graph API double in this JVM, the adapter as a child process; signed events ("menu" from a
 * new person each) are posted at a fixed rate, and for each one the time from the POST to the first Send API message
 * the double receives for that person is taken. Prints events/s handled, p50/p99 webhook-to-send, and the adapter's
 * CPU time per event (from /proc).
 */
public class WebhookBench {

    static final String SECRET = "bench-app-secret";
    static final String PAGE = "100000000000001";
    /** messenger or whatsapp */
    static final String ADAPTER = System.getenv().getOrDefault("BENCH_ADAPTER", "messenger");
    static final boolean WHATSAPP = ADAPTER.equals("whatsapp");

    public static void main(String[] args) throws Exception {
        int rate = Integer.parseInt(System.getenv().getOrDefault("BENCH_RATE", "20"));
        int seconds = Integer.parseInt(System.getenv().getOrDefault("BENCH_DURATION", "30"));
        int warmup = Integer.parseInt(System.getenv().getOrDefault("BENCH_WARMUP", "15"));
        String adapterJar = System.getProperty("bench.adapter-jar");
        Path out = Path.of(System.getProperty("bench.out", "bench/out"));
        Files.createDirectories(out);

        ApiUnderTest api = ApiUnderTest.shared();
        GraphDouble graph = GraphDouble.start();
        int port = freePort();
        ProcessBuilder builder = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m", "-jar",
                        adapterJar)
                .redirectErrorStream(true)
                .redirectOutput(out.resolve("channel-" + ADAPTER + ".log").toFile());
        Map<String, String> env = builder.environment();
        env.put("QUARKUS_HTTP_PORT", Integer.toString(port));
        env.put("QUARKUS_HTTP_HOST", "127.0.0.1");
        env.put("BEACON_API_URL", api.url());
        String prefix = WHATSAPP ? "BEACON_WHATSAPP_" : "BEACON_MESSENGER_";
        env.put(prefix + "GRAPH_URL", graph.url());
        env.put(prefix + "APP_SECRET", SECRET);
        env.put(prefix + "VERIFY_TOKEN", "bench");
        env.put(prefix + (WHATSAPP ? "NUMBERS" : "PAGES"), PAGE + "=demo:bench-page-token");
        env.put("BEACON_CONVERSATION_PAYLOAD_KEY", "bench-payload-key-0123456789abcdef0123456789");
        env.put("QUARKUS_LOG_LEVEL", "WARN");
        if (System.getenv("BEACON_REDIS_URL") != null) {
            env.put("BEACON_REDIS_PREFIX", "beacon-bench:" + System.nanoTime() + ":");
        }
        Process adapter = builder.start();
        Runtime.getRuntime().addShutdownHook(new Thread(adapter::destroy));
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        String base = "http://127.0.0.1:" + port;
        awaitReady(http, base, adapter);
        HubSignature signature = new HubSignature(SECRET);

        System.out.printf("warm-up: %d s at %d events/s%n", warmup, rate);
        run(http, base, signature, graph, rate, warmup, "w");
        long cpuBefore = cpuTicks(adapter.pid());
        System.out.printf("measuring: %d s at %d events/s%n", seconds, rate);
        Result result = run(http, base, signature, graph, rate, seconds, "m");
        long cpuTicks = cpuTicks(adapter.pid()) - cpuBefore;
        double cpuMsPerEvent = result.handled == 0 ? 0 : cpuTicks * 10.0 / result.handled;
        String report = String.format(
                "events sent %d, answered %d (%.1f events/s), webhook non-200 %d; webhook-to-first-send p50 %d ms,"
                        + " p99 %d ms, max %d ms; adapter CPU %.1f ms per event (%d cores on this machine)%n",
                result.sent, result.handled, result.handled / (double) seconds, result.rejected, result.p(50),
                result.p(99), result.p(100), cpuMsPerEvent, Runtime.getRuntime().availableProcessors());
        System.out.print(report);
        Files.writeString(out.resolve("webhook-bench.txt"), report);
        adapter.destroy();
        adapter.waitFor(20, TimeUnit.SECONDS);
        graph.close();
        api.stop();
        System.exit(0);
    }

    record Result(int sent, int handled, int rejected, List<Long> latenciesMs) {
        long p(int percentile) {
            if (latenciesMs.isEmpty()) {
                return -1;
            }
            List<Long> sorted = new ArrayList<>(latenciesMs);
            Collections.sort(sorted);
            int index = (int) Math.ceil(percentile / 100.0 * sorted.size()) - 1;
            return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
        }
    }

    static Result run(HttpClient http, String base, HubSignature signature, GraphDouble graph, int rate, int seconds,
            String tag) throws InterruptedException {
        Map<String, Long> postedAt = new ConcurrentHashMap<>();
        AtomicInteger rejected = new AtomicInteger();
        AtomicInteger sent = new AtomicInteger();
        ScheduledExecutorService clock = Executors.newScheduledThreadPool(4);
        long runId = System.nanoTime() % 1_000_000;
        int total = rate * seconds;
        for (int i = 0; i < total; i++) {
            String psid = tag.equals("w") ? "9" + runId + i : "8" + runId + i;
            clock.schedule(() -> post(http, base, signature, psid, postedAt, rejected, sent),
                    i * 1_000_000L / rate, TimeUnit.MICROSECONDS);
        }
        clock.shutdown();
        clock.awaitTermination(seconds + 30, TimeUnit.SECONDS);
        // answers still on their way get 15 s more
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(15);
        Map<String, Long> firstSend = new ConcurrentHashMap<>();
        while (System.nanoTime() < deadline) {
            firstSend.clear();
            for (GraphDouble.Call c : graph.calls()) {
                if (c.status() == 200 && WHATSAPP && c.body().has("to")) {
                    firstSend.putIfAbsent(c.body().path("to").asText(), c.nanoTime());
                } else if (c.status() == 200 && c.body().has("message")) {
                    firstSend.putIfAbsent(c.body().path("recipient").path("id").asText(), c.nanoTime());
                }
            }
            if (postedAt.keySet().stream().allMatch(firstSend::containsKey)) {
                break;
            }
            Thread.sleep(200);
        }
        List<Long> latencies = new ArrayList<>();
        postedAt.forEach((psid, at) -> {
            Long answered = firstSend.get(psid);
            if (answered != null) {
                latencies.add((answered - at) / 1_000_000);
            }
        });
        return new Result(sent.get(), latencies.size(), rejected.get(), latencies);
    }

    static void post(HttpClient http, String base, HubSignature signature, String psid, Map<String, Long> postedAt,
            AtomicInteger rejected, AtomicInteger sent) {
        long now = System.currentTimeMillis();
        String body = WHATSAPP
                ? "{\"object\":\"whatsapp_business_account\",\"entry\":[{\"id\":\"1\",\"changes\":[{\"field\":"
                        + "\"messages\",\"value\":{\"messaging_product\":\"whatsapp\",\"metadata\":{\"phone_number_id\":\""
                        + PAGE + "\"},\"contacts\":[{\"wa_id\":\"" + psid + "\"}],\"messages\":[{\"from\":\"" + psid
                        + "\",\"id\":\"wamid.bench_" + psid + "\",\"timestamp\":\"" + now / 1000
                        + "\",\"type\":\"text\",\"text\":{\"body\":\"menu\"}}]}}]}]}"
                : "{\"object\":\"page\",\"entry\":[{\"id\":\"" + PAGE + "\",\"time\":" + now + ",\"messaging\":[{"
                + "\"sender\":{\"id\":\"" + psid + "\"},\"recipient\":{\"id\":\"" + PAGE + "\"},\"timestamp\":" + now
                + ",\"message\":{\"mid\":\"m_bench_" + psid + "\",\"text\":\"menu\"}}]}]}";
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        try {
            postedAt.put(psid, System.nanoTime());
            sent.incrementAndGet();
            HttpResponse<Void> answer = http.send(
                    HttpRequest.newBuilder(URI.create(base + "/webhook"))
                            .header("Content-Type", "application/json")
                            .header(HubSignature.HEADER, signature.sign(bytes))
                            .POST(HttpRequest.BodyPublishers.ofByteArray(bytes))
                            .build(),
                    HttpResponse.BodyHandlers.discarding());
            if (answer.statusCode() != 200) {
                rejected.incrementAndGet();
                postedAt.remove(psid);
            }
        } catch (IOException | InterruptedException e) {
            rejected.incrementAndGet();
            postedAt.remove(psid);
        }
    }

    static void awaitReady(HttpClient http, String base, Process adapter) throws Exception {
        for (int i = 0; i < 240; i++) {
            if (!adapter.isAlive()) {
                throw new IllegalStateException("the adapter stopped; see its log");
            }
            try {
                if (http.send(HttpRequest.newBuilder(URI.create(base + "/q/health/ready")).build(),
                                HttpResponse.BodyHandlers.discarding())
                        .statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // starting
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("the adapter was not ready after 120 s");
    }

    /** utime + stime of a process, in clock ticks (1/100 s on Linux). */
    static long cpuTicks(long pid) throws IOException {
        String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
        String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return Long.parseLong(f[11]) + Long.parseLong(f[12]);
    }

    static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
