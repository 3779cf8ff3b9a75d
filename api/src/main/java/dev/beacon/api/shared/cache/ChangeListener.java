package dev.beacon.api.shared.cache;

import io.agroal.api.AgroalDataSource;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicLong;
import org.jboss.logging.Logger;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

/**
 * Listens for {@link ChangeNotifier#CHANNEL} on one dedicated connection, so that a publish on any replica
 * ends the cached epoch on every replica. On a lost connection it reconnects and drops every epoch,
 * because notifications sent meanwhile are gone. A connection that died without closing (a dropped network path,
 * a failed-over server) is found by a one-statement probe after every quiet {@link #WAIT_MS}.
 */
@ApplicationScoped
public class ChangeListener {

    private static final Logger LOG = Logger.getLogger(ChangeListener.class);

    /** How long to wait for a notification before probing the connection. */
    private static final int WAIT_MS = 5_000;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    PublishedState state;

    private volatile boolean running;
    private volatile Connection connection;
    private volatile int backendPid;
    private final AtomicLong heard = new AtomicLong();
    private Thread thread;

    void start(@Observes StartupEvent event) {
        running = true;
        thread = new Thread(this::listen, "beacon-change-listener");
        thread.setDaemon(true);
        thread.start();
    }

    void stop(@Observes ShutdownEvent event) {
        running = false;
        // Give the connection back before the pool shuts down, instead of having it closed under us.
        Connection current = connection;
        if (current != null) {
            try {
                current.close();
            } catch (SQLException e) {
                LOG.debugf("Closing the change notification connection: %s", e.getMessage());
            }
        }
        if (thread != null) {
            thread.interrupt();
        }
    }

    private void listen() {
        long backoff = 100;
        while (running) {
            try (Connection listening = dataSource.getConnection()) {
                connection = listening;
                listening.setAutoCommit(true);
                try (Statement statement = listening.createStatement()) {
                    statement.execute("LISTEN " + ChangeNotifier.CHANNEL);
                }
                PGConnection pg = listening.unwrap(PGConnection.class);
                backendPid = pg.getBackendPID();
                // Anything published while we were not listening is unknown to us.
                state.invalidateAll();
                backoff = 100;
                while (running) {
                    PGNotification[] notifications = pg.getNotifications(WAIT_MS);
                    if (notifications == null || notifications.length == 0) {
                        probe(listening);
                        continue;
                    }
                    for (PGNotification n : notifications) {
                        state.changed(n.getParameter());
                        heard.incrementAndGet();
                    }
                }
            } catch (SQLException | RuntimeException e) {
                if (!running) {
                    return;
                }
                LOG.warnf(
                        "Lost the change notification connection (%s); reconnecting in %d ms", e.getMessage(), backoff);
                sleep(backoff);
                backoff = Math.min(backoff * 2, 10_000);
            }
        }
    }

    /** Fails when the connection is gone, even if no socket error has told us yet. */
    private static void probe(Connection listening) throws SQLException {
        try (Statement statement = listening.createStatement()) {
            statement.setQueryTimeout(WAIT_MS / 1000);
            statement.execute("SELECT 1");
        }
    }

    /** The PostgreSQL backend currently listening (0 before the first connection), for tests that cut it. */
    int backendPid() {
        return backendPid;
    }

    /** How many notifications this replica has acted on, for tests that wait for one. */
    long heard() {
        return heard.get();
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
