package dev.beacon.api.testing;

import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/** Many requests released together by one start gate, to find what a crowd (or a double tap) does to a path. */
public final class Races {

    private Races() {}

    /** One of the racing requests; {@code index} tells it apart from the others. Returns the HTTP status. */
    public interface Call {
        int status(int index) throws Exception;
    }

    /** Runs {@code n} calls released together by a start gate; returns how many got each status. */
    public static Map<Integer, Integer> race(int n, Call call) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(n, 64));
        try {
            CountDownLatch gate = new CountDownLatch(1);
            List<Future<Integer>> results = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                int index = i;
                Callable<Integer> task = () -> {
                    gate.await();
                    return call.status(index);
                };
                results.add(pool.submit(task));
            }
            gate.countDown();
            Map<Integer, Integer> statuses = new TreeMap<>();
            for (Future<Integer> f : results) {
                statuses.merge(f.get(120, TimeUnit.SECONDS), 1, Integer::sum);
            }
            return statuses;
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * The status of {@code request}, sent again while the api answers 503 unavailable (too busy to start on it:
     * nothing was changed) after the Retry-After it names, as a well-behaved client does; ten tries at most.
     */
    public static int untilServed(Callable<Response> request) throws Exception {
        for (int attempt = 1; ; attempt++) {
            Response response = request.call();
            if (response.statusCode() != 503 || attempt == 10) {
                return response.statusCode();
            }
            Thread.sleep(TimeUnit.SECONDS.toMillis(Long.parseLong(response.header("Retry-After"))));
        }
    }

    /** How many of the answers had a status in {@code [from, to]}. */
    public static int count(Map<Integer, Integer> statuses, int from, int to) {
        return statuses.entrySet().stream()
                .filter(e -> e.getKey() >= from && e.getKey() <= to)
                .mapToInt(Map.Entry::getValue)
                .sum();
    }
}
