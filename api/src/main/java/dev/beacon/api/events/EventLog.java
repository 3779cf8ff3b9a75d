package dev.beacon.api.events;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Reads the outbox in a commit-safe order. A sequence number alone is not enough: a transaction that took number 10
 * may commit after the one that took 11, and a reader that already moved past 11 would never see 10. So events are
 * read in (transaction id, sequence) order, and only those written by transactions older than the oldest transaction
 * still running: every such transaction has ended, and any transaction that writes later gets a larger id. What a
 * reader is shown is therefore final, and a cursor never has anything committed behind it. The price: one long
 * transaction holds back the feed (not the writes) until it ends.
 *
 * <p>Plain JDBC in autocommit, one statement each, so the horizon is taken before the rows are read (the read sees
 * every transaction that had ended by then) and no connection is held between the polls of a long wait.
 */
@ApplicationScoped
public class EventLog {

    /** One event as stored. */
    public record Stored(
            Cursor cursor, UUID id, String site, String type, String subject, Instant time, Map<String, Object> data) {}

    private static final TypeReference<Map<String, Object>> DATA = new TypeReference<>() {};
    private static final String SELECT =
            "SELECT e.xid::text, e.seq, e.id, s.slug, e.type, e.subject, e.time, e.data::text FROM event e JOIN site s ON s.id = e.site_id";

    @Inject
    AgroalDataSource db;

    @Inject
    ObjectMapper json;

    /**
     * Up to {@code limit} events of {@code siteId} (every site when null) after {@code after}, of the given types
     * (every type when null or empty).
     */
    public List<Stored> after(Long siteId, Cursor after, Collection<String> types, int limit) {
        try (Connection c = db.getConnection()) {
            long horizon = horizon(c);
            if (after.xid() >= horizon) {
                return List.of();
            }
            StringBuilder sql = new StringBuilder(SELECT + " WHERE e.xid < ?::xid8 AND (e.xid, e.seq) > (?::xid8, ?)");
            if (siteId != null) {
                sql.append(" AND e.site_id = ?");
            }
            boolean typed = types != null && !types.isEmpty();
            if (typed) {
                sql.append(" AND e.type = ANY (?)");
            }
            sql.append(" ORDER BY e.xid, e.seq LIMIT ?");
            try (PreparedStatement s = c.prepareStatement(sql.toString())) {
                int i = 1;
                s.setString(i++, Long.toString(horizon));
                s.setString(i++, Long.toString(after.xid()));
                s.setLong(i++, after.seq());
                if (siteId != null) {
                    s.setLong(i++, siteId);
                }
                if (typed) {
                    s.setArray(i++, c.createArrayOf("text", types.toArray()));
                }
                s.setInt(i, limit);
                List<Stored> found = new ArrayList<>();
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        found.add(stored(r));
                    }
                }
                return found;
            }
        } catch (SQLException | JsonProcessingException e) {
            throw new IllegalStateException("Reading the event log failed", e);
        }
    }

    /** One event by its sequence number (a webhook delivery names its event so). */
    public Stored one(long seq) {
        try (Connection c = db.getConnection();
                PreparedStatement s = c.prepareStatement(SELECT + " WHERE e.seq = ?")) {
            s.setLong(1, seq);
            try (ResultSet r = s.executeQuery()) {
                if (!r.next()) {
                    throw new IllegalStateException("No event " + seq);
                }
                return stored(r);
            }
        } catch (SQLException | JsonProcessingException e) {
            throw new IllegalStateException("Reading the event log failed", e);
        }
    }

    private Stored stored(ResultSet r) throws SQLException, JsonProcessingException {
        return new Stored(
                new Cursor(Long.parseLong(r.getString(1)), r.getLong(2)),
                r.getObject(3, UUID.class),
                r.getString(4),
                r.getString(5),
                r.getString(6),
                r.getTimestamp(7).toInstant(),
                json.readValue(r.getString(8), DATA));
    }

    /** The oldest transaction id still running: every transaction below it has ended. */
    private static long horizon(Connection c) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT pg_snapshot_xmin(pg_current_snapshot())::text");
                ResultSet r = s.executeQuery()) {
            r.next();
            return Long.parseLong(r.getString(1));
        }
    }
}
