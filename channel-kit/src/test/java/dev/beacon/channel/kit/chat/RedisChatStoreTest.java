package dev.beacon.channel.kit.chat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.Vertx;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Against the real Redis of the machine ({@code BEACON_TEST_REDIS_URL}, default {@code redis://127.0.0.1:6379}), as two
 * adapter replicas would use it: two independent Vert.x instances and clients sharing one key prefix.
 */
class RedisChatStoreTest {

    static final String URL = System.getenv().getOrDefault("BEACON_TEST_REDIS_URL", "redis://127.0.0.1:6379");

    private final String prefix = "beacon-test:" + UUID.randomUUID() + ":";
    private final Vertx vertxA = Vertx.vertx();
    private final Vertx vertxB = Vertx.vertx();
    private final RedisChatStore replicaA = new RedisChatStore(vertxA, URL, prefix, Duration.ofSeconds(5));
    private final RedisChatStore replicaB = new RedisChatStore(vertxB, URL, prefix, Duration.ofSeconds(5));

    @AfterEach
    void close() {
        replicaA.close();
        replicaB.close();
        vertxA.close();
        vertxB.close();
    }

    @Test
    void theSameEventDeliveredTenTimesToEachOfTwoReplicasIsTakenOnce() throws Exception {
        assertTrue(replicaA.ping(), "Redis must run at " + URL);
        SeenIds seenA = new SeenIds(replicaA, Duration.ofMinutes(5));
        SeenIds seenB = new SeenIds(replicaB, Duration.ofMinutes(5));
        ExecutorService pool = Executors.newFixedThreadPool(20);
        try {
            for (String mid : List.of("m_" + UUID.randomUUID(), "m_" + UUID.randomUUID())) {
                CountDownLatch start = new CountDownLatch(1);
                List<Future<Boolean>> takes = new ArrayList<>();
                for (int i = 0; i < 20; i++) {
                    SeenIds seen = i % 2 == 0 ? seenA : seenB;
                    Callable<Boolean> take = () -> {
                        start.await();
                        return seen.firstSighting(mid);
                    };
                    takes.add(pool.submit(take));
                }
                start.countDown();
                int taken = 0;
                for (Future<Boolean> f : takes) {
                    taken += f.get() ? 1 : 0;
                }
                assertEquals(1, taken, "exactly one of 20 concurrent deliveries is handled");
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void valuesWrittenByOneReplicaAreReadByTheOtherAndExpire() throws InterruptedException {
        replicaA.put("screen:messenger:1", "ctx", Duration.ofMillis(300));
        assertEquals(Optional.of("ctx"), replicaB.get("screen:messenger:1"));
        assertFalse(replicaB.putIfAbsent("screen:messenger:1", "other", Duration.ofMinutes(1)));
        Thread.sleep(450);
        assertEquals(Optional.empty(), replicaB.get("screen:messenger:1"));
        assertTrue(replicaB.putIfAbsent("screen:messenger:1", "other", Duration.ofMinutes(1)));
        replicaA.remove("screen:messenger:1");
        assertEquals(Optional.empty(), replicaB.get("screen:messenger:1"));
    }

    @Test
    void anUnreachableRedisIsAClearFailureWithinTheTimeout() {
        Vertx vertx = Vertx.vertx();
        try (RedisChatStore nowhere = new RedisChatStore(vertx, "redis://127.0.0.1:1", prefix, Duration.ofSeconds(1))) {
            long start = System.nanoTime();
            assertThrows(
                    ChatStoreUnavailableException.class,
                    () -> nowhere.putIfAbsent("seen:x", "1", Duration.ofMinutes(1)));
            assertTrue(System.nanoTime() - start < 3_000_000_000L);
            assertFalse(nowhere.ping());
        } finally {
            vertx.close();
        }
    }
}
