package dev.beacon.channel.kit.chat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class PersonQueuesTest {

    @Test
    void handlesEachPersonsEventsInOrderAndDifferentPeopleInParallel() throws InterruptedException {
        Map<String, List<Integer>> handled = new ConcurrentHashMap<>();
        AtomicInteger running = new AtomicInteger();
        AtomicInteger mostAtOnce = new AtomicInteger();
        CountDownLatch done = new CountDownLatch(5 * 20);
        try (PersonQueues queues = new PersonQueues(8, 1000)) {
            for (int i = 0; i < 20; i++) {
                for (int p = 0; p < 5; p++) {
                    String person = "p" + p;
                    int n = i;
                    assertTrue(queues.submit(person, () -> {
                        mostAtOnce.accumulateAndGet(running.incrementAndGet(), Math::max);
                        sleep(ThreadLocalRandom.current().nextInt(1, 6));
                        handled.computeIfAbsent(person, k -> Collections.synchronizedList(new ArrayList<>()))
                                .add(n);
                        running.decrementAndGet();
                        done.countDown();
                    }));
                }
            }
            assertTrue(done.await(20, TimeUnit.SECONDS));
        }
        List<Integer> inOrder = java.util.stream.IntStream.range(0, 20).boxed().toList();
        for (int p = 0; p < 5; p++) {
            assertEquals(inOrder, handled.get("p" + p), "p" + p + "'s events in the order they came");
        }
        assertTrue(mostAtOnce.get() > 1, "different people are handled at the same time");
        assertTrue(mostAtOnce.get() <= 5, "never two events of one person at once");
    }

    @Test
    void aFailingEventDoesNotStopThePersonsNextOnes() throws InterruptedException {
        CountDownLatch next = new CountDownLatch(1);
        try (PersonQueues queues = new PersonQueues(2, 10)) {
            queues.submit("p", () -> {
                throw new IllegalStateException("boom");
            });
            queues.submit("p", next::countDown);
            assertTrue(next.await(5, TimeUnit.SECONDS));
        }
    }

    @Test
    void refusesEventsBeyondItsBoundUntilSomeAreHandled() throws InterruptedException {
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch finished = new CountDownLatch(2);
        try (PersonQueues queues = new PersonQueues(2, 2)) {
            assertTrue(queues.submit("a", () -> {
                await(release);
                finished.countDown();
            }));
            assertTrue(queues.submit("b", () -> {
                await(release);
                finished.countDown();
            }));
            assertFalse(queues.hasRoomFor(1));
            assertFalse(queues.submit("c", () -> {}));
            release.countDown();
            assertTrue(finished.await(5, TimeUnit.SECONDS));
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
            while (!queues.hasRoomFor(2) && System.nanoTime() < deadline) {
                Thread.sleep(5);
            }
            assertTrue(queues.submit("c", () -> {}));
        }
    }

    private static void sleep(int ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
