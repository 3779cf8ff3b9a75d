package dev.beacon.api.shared.fuzz;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.Collectors;
import javax.sql.DataSource;

/**
 * Tells whether anything in the database changed between two moments, cheaply: a write needs a transaction id, so
 * while no transaction id has committed since the last look nothing changed; only when one has is every table's row
 * count and newest row version ({@code xmin}) read and compared. A rolled-back write, or PostgreSQL's own work
 * (autoanalyze), commits nothing in the tables and is not a change.
 */
final class StateFingerprint {

    private final DataSource db;
    private final String fingerprintSql;
    private Map<String, String> last;
    private long lastXid;

    StateFingerprint(DataSource db) throws SQLException {
        this.db = db;
        List<String> tables = new ArrayList<>();
        try (Connection c = db.getConnection();
                PreparedStatement s = c.prepareStatement("SELECT tablename FROM pg_tables WHERE schemaname = "
                        + "current_schema() AND tablename <> 'flyway_schema_history' ORDER BY tablename");
                ResultSet r = s.executeQuery()) {
            while (r.next()) {
                tables.add(r.getString(1));
            }
        }
        if (tables.size() < 10) {
            throw new IllegalStateException("expected Beacon's tables, found " + tables);
        }
        fingerprintSql = tables.stream()
                .map(t -> "SELECT '" + t + "', count(*) || ':' || coalesce(max(xmin::text::bigint), 0) FROM \"" + t
                        + "\"")
                .collect(Collectors.joining(" UNION ALL "));
        refresh();
    }

    /** Takes the current state as the one to compare with (after a request allowed to change things). */
    void refresh() throws SQLException {
        try (Connection c = db.getConnection()) {
            lastXid = nextXid(c);
            last = read(c);
        }
    }

    /** The tables whose rows changed since the last look, each as "table before → after"; empty when none. */
    List<String> changes() throws SQLException {
        try (Connection c = db.getConnection()) {
            long next = nextXid(c);
            if (!committedBetween(c, lastXid, next)) {
                lastXid = next;
                return List.of();
            }
            Map<String, String> now = read(c);
            List<String> changed = new ArrayList<>();
            now.forEach((table, state) -> {
                if (!Objects.equals(last.get(table), state)) {
                    changed.add(table + " " + last.get(table) + " → " + state);
                }
            });
            last = now;
            lastXid = next;
            return changed;
        }
    }

    private static long nextXid(Connection c) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT pg_snapshot_xmax(pg_current_snapshot())::text::bigint");
                ResultSet r = s.executeQuery()) {
            r.next();
            return r.getLong(1);
        }
    }

    private static boolean committedBetween(Connection c, long from, long to) throws SQLException {
        if (to <= from) {
            return false;
        }
        try (PreparedStatement s = c.prepareStatement("SELECT count(*) FROM generate_series(?::bigint, ?::bigint) x "
                + "WHERE pg_xact_status(x::text::xid8) = 'committed'")) {
            s.setLong(1, from);
            s.setLong(2, to - 1);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1) > 0;
            }
        }
    }

    private Map<String, String> read(Connection c) throws SQLException {
        Map<String, String> state = new TreeMap<>();
        try (PreparedStatement s = c.prepareStatement(fingerprintSql);
                ResultSet r = s.executeQuery()) {
            while (r.next()) {
                state.put(r.getString(1), r.getString(2));
            }
        }
        return state;
    }
}
