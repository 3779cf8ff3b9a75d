package dev.beacon.api.testing;

import io.agroal.api.AgroalDataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/**
 * Puts a request on hold at a known point, to test what happens while it is under way: {@link #holdFirstContact}
 * takes the lock a person's first request waits on (after the request has read what it checks), and
 * {@link #awaitWaiting} tells when requests have come to wait on locks.
 */
public final class Locks {

    private Locks() {}

    /**
     * Takes the advisory lock that the first contact of {@code subject} with site {@code siteSlug} waits on, in a
     * transaction of its own; closing (or rolling back) the connection lets the request go on.
     */
    public static Connection holdFirstContact(AgroalDataSource db, String siteSlug, String subject)
            throws SQLException {
        Connection hold = db.getConnection();
        hold.setAutoCommit(false);
        try (PreparedStatement s = hold.prepareStatement("""
                SELECT pg_advisory_xact_lock(hashtextextended((SELECT id FROM site WHERE slug = ?) || '|' || ?, 0))""")) {
            s.setString(1, siteSlug);
            s.setString(2, subject);
            s.execute();
        }
        return hold;
    }

    /** The statuses of two requests that overlapped as {@link #whileHeld} arranged. */
    public record Overlap(int held, int meanwhile) {}

    /**
     * Sends {@code held}, a first request of {@code person}, and holds it at its first contact (after it has read
     * what it checks); sends {@code meanwhile} and waits until it waits on a lock too, or ends; then lets the held
     * request go on. Both must end within 30 s.
     */
    public static Overlap whileHeld(
            AgroalDataSource db, String siteSlug, String person, Callable<Integer> held, Callable<Integer> meanwhile)
            throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try (Connection hold = holdFirstContact(db, siteSlug, person)) {
            Future<Integer> first = pool.submit(held);
            awaitWaiting(db, 1, first::isDone);
            Future<Integer> second = pool.submit(meanwhile);
            awaitWaiting(db, 2, second::isDone);
            hold.rollback();
            return new Overlap(first.get(30, TimeUnit.SECONDS), second.get(30, TimeUnit.SECONDS));
        } finally {
            pool.shutdownNow();
        }
    }

    /** Waits (at most 20 s) until {@code n} lock requests of any sessions wait, or until {@code done}. */
    public static void awaitWaiting(AgroalDataSource db, int n, BooleanSupplier done) throws Exception {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (waiting(db) < n && !done.getAsBoolean()) {
            if (System.nanoTime() > until) {
                throw new AssertionError("no session came to wait for a lock");
            }
            Thread.sleep(20);
        }
    }

    private static long waiting(AgroalDataSource db) throws SQLException {
        try (Connection c = db.getConnection();
                PreparedStatement s = c.prepareStatement("SELECT count(*) FROM pg_locks WHERE NOT granted");
                ResultSet r = s.executeQuery()) {
            r.next();
            return r.getLong(1);
        }
    }
}
