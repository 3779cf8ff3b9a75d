package dev.beacon.api.shared.db;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;

/** Values as native queries and JDBC hand them back, whose Java type depends on the driver and the column. */
public final class SqlValues {

    private SqlValues() {}

    /** A {@code timestamp}/{@code timestamptz} value as an instant; {@code null} stays {@code null}. */
    public static Instant instant(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Instant i) {
            return i;
        }
        if (value instanceof OffsetDateTime o) {
            return o.toInstant();
        }
        if (value instanceof Timestamp t) {
            return t.toInstant();
        }
        throw new IllegalStateException("Unexpected timestamp type " + value.getClass());
    }

    /** A {@code numeric} value (or any number) as a decimal; {@code null} stays {@code null}. */
    public static BigDecimal decimal(Object value) {
        return value == null ? null : value instanceof BigDecimal b ? b : new BigDecimal(value.toString());
    }

    /** A nullable {@code bigint} column: {@link ResultSet#getLong} reads SQL NULL as 0. */
    public static Long nullableLong(ResultSet r, int column) throws SQLException {
        long value = r.getLong(column);
        return r.wasNull() ? null : value;
    }
}
