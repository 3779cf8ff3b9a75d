package dev.beacon.api.testing;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;

/** One value read straight from the database, for what the API does not show (or must not have changed). */
public final class Db {

    private Db() {}

    /**
     * A single number from SQL, e.g. a count, or the count of rows of a table when given a table's name; {@code ?}
     * parameters are bound in order.
     */
    public static long count(DataSource db, String tableOrQuery, Object... params) {
        String sql = tableOrQuery.startsWith("SELECT") ? tableOrQuery : "SELECT count(*) FROM " + tableOrQuery;
        try (Connection c = db.getConnection();
                PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                s.setObject(i + 1, params[i]);
            }
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The first column of the first row, or null when there is no row. */
    public static String string(DataSource db, String sql) {
        try (Connection c = db.getConnection();
                PreparedStatement s = c.prepareStatement(sql);
                ResultSet r = s.executeQuery()) {
            return r.next() ? r.getString(1) : null;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
