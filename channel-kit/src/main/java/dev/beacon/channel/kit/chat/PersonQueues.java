package dev.beacon.channel.kit.chat;

import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.jboss.logging.Logger;

/**
 * Runs each person's events one after another, in the order they were submitted, and different people's events in
 * parallel on a fixed pool: the webhook answers at once and the work (api calls, sends) happens after. At most
 * {@code maxPending} events wait at a time; beyond that {@link #submit} refuses, and the webhook answers 503 so that
 * the platform delivers again later instead of this process running out of memory.
 */
public final class PersonQueues implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(PersonQueues.class);

    private final ExecutorService workers;
    private final Semaphore pending;
    private final Map<String, CompletableFuture<Void>> tails = new ConcurrentHashMap<>();

    public PersonQueues(int workers, int maxPending) {
        AtomicInteger n = new AtomicInteger();
        ThreadFactory threads = r -> {
            Thread t = new Thread(r, "chat-worker-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
        this.workers = Executors.newFixedThreadPool(workers, threads);
        this.pending = new Semaphore(maxPending);
    }

    /** Whether {@code count} more events can be taken now (checked before a batch is accepted). */
    public boolean hasRoomFor(int count) {
        return pending.availablePermits() >= count;
    }

    /** Queues {@code task} after the person's earlier ones; false when too many events are waiting. */
    public boolean submit(String person, Runnable task) {
        if (!pending.tryAcquire()) {
            return false;
        }
        CompletableFuture<Void>[] created = new CompletableFuture[1];
        tails.compute(person, (key, tail) -> {
            CompletableFuture<Void> after = tail == null ? CompletableFuture.completedFuture(null) : tail;
            created[0] = after.thenRunAsync(() -> run(task), workers);
            return created[0];
        });
        CompletableFuture<Void> mine = created[0];
        mine.whenComplete((ok, failed) -> {
            pending.release();
            tails.remove(person, mine);
        });
        return true;
    }

    /** Events taken but not finished. */
    public int inFlight() {
        return tails.size();
    }

    private static void run(Runnable task) {
        try {
            task.run();
        } catch (RuntimeException | Error e) {
            // One event's failure must not stop the person's next ones.
            LOG.error("Handling a chat event failed; the person's next events go on", e);
        }
    }

    @Override
    public void close() {
        workers.shutdown();
        try {
            workers.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
