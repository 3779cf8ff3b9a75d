import java.net.URI;
import java.net.URLEncoder;
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
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * USSD answer time (run by bench/ussd/run.sh): BENCH_SESSIONS sessions, BENCH_CONCURRENCY at a time, each the demo
 * path a person walks (dial, a section, a subsection, an article, More twice, back, back), every step a callback
 * POST with the whole history as Africa's Talking sends it. Takes the time of each answer (POST to last byte).
 * JDK only: no build step.
 */
public class UssdBench {

    /** The steps after dialling: Health, Mental health, the first article, More, More, Back, Back. */
    static final String[] STEPS = {"1", "1", "1", "00", "00", "0", "0"};

    public static void main(String[] args) throws Exception {
        String url = System.getenv().getOrDefault("USSD_URL", "http://127.0.0.1:8086/ussd");
        int sessions = Integer.parseInt(System.getenv().getOrDefault("BENCH_SESSIONS", "200"));
        int concurrency = Integer.parseInt(System.getenv().getOrDefault("BENCH_CONCURRENCY", "8"));
        int warmup = Integer.parseInt(System.getenv().getOrDefault("BENCH_WARMUP", "20"));
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

        run(http, url, warmup, concurrency, "w");
        String loadBefore = Files.readString(Path.of("/proc/loadavg")).strip();
        long start = System.nanoTime();
        Result r = run(http, url, sessions, concurrency, "m");
        double seconds = (System.nanoTime() - start) / 1e9;
        String loadAfter = Files.readString(Path.of("/proc/loadavg")).strip();
        String report = String.format(
                "%d sessions x %d steps, %d at a time: %d answers in %.1f s (%.1f/s), %d not CON/END or not 200;"
                        + " answer time p50 %d ms, p90 %d ms, p99 %d ms, max %d ms; load average before [%s] after [%s];"
                        + " %d cores%n",
                sessions, STEPS.length + 1, concurrency, r.times.size(), seconds, r.times.size() / seconds,
                r.failed.get(), r.p(50), r.p(90), r.p(99), r.p(100), loadBefore, loadAfter,
                Runtime.getRuntime().availableProcessors());
        System.out.print(report);
        Path out = Path.of(System.getenv().getOrDefault("BENCH_OUT", "bench/out"));
        Files.createDirectories(out);
        Files.writeString(out.resolve("ussd-bench.txt"), report);
    }

    record Result(List<Long> times, AtomicInteger failed) {
        long p(int percentile) {
            List<Long> sorted = new ArrayList<>(times);
            Collections.sort(sorted);
            if (sorted.isEmpty()) {
                return -1;
            }
            int index = (int) Math.ceil(percentile / 100.0 * sorted.size()) - 1;
            return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
        }
    }

    static Result run(HttpClient http, String url, int sessions, int concurrency, String tag) throws Exception {
        List<Long> times = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger failed = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(concurrency);
        long run = System.nanoTime() % 1_000_000;
        for (int s = 0; s < sessions; s++) {
            String session = "bench_" + tag + run + "_" + s;
            String phone = "+2547" + String.format("%08d", (run * 1000 + s) % 100_000_000);
            pool.submit(() -> session(http, url, session, phone, times, failed));
        }
        pool.shutdown();
        pool.awaitTermination(30, TimeUnit.MINUTES);
        return new Result(times, failed);
    }

    static void session(HttpClient http, String url, String session, String phone, List<Long> times,
            AtomicInteger failed) {
        StringBuilder history = new StringBuilder();
        for (int step = 0; step <= STEPS.length; step++) {
            if (step > 0) {
                history.append(step > 1 ? "*" : "").append(STEPS[step - 1]);
            }
            String form = "sessionId=" + enc(session) + "&serviceCode=" + enc("*384*123#") + "&phoneNumber="
                    + enc(phone) + "&networkCode=63902&text=" + enc(history.toString());
            long t0 = System.nanoTime();
            try {
                HttpResponse<String> answer = http.send(
                        HttpRequest.newBuilder(URI.create(url))
                                .timeout(Duration.ofSeconds(30))
                                .header("Content-Type", "application/x-www-form-urlencoded")
                                .POST(HttpRequest.BodyPublishers.ofString(form))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
                times.add((System.nanoTime() - t0) / 1_000_000);
                if (answer.statusCode() != 200 || !answer.body().startsWith("CON ")) {
                    failed.incrementAndGet();
                    return;
                }
            } catch (Exception e) {
                failed.incrementAndGet();
                return;
            }
        }
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
