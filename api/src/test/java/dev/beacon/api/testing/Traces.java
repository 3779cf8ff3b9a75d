package dev.beacon.api.testing;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/** What erasure tests search for: where a value still stands anywhere in the schema. */
public final class Traces {

    private Traces() {}

    /** Every text-like column of every table, searched for the value: {@code table.column} where it occurs. */
    public static List<String> columnsContaining(DataSource db, String value) throws SQLException {
        List<String> hits = new ArrayList<>();
        try (Connection c = db.getConnection()) {
            List<String[]> columns = new ArrayList<>();
            try (ResultSet r = c.createStatement().executeQuery("""
                    SELECT table_name, column_name FROM information_schema.columns
                    WHERE table_schema = 'public' AND data_type IN ('text', 'character varying', 'jsonb', 'json', 'ARRAY')""")) {
                while (r.next()) {
                    columns.add(new String[] {r.getString(1), r.getString(2)});
                }
            }
            if (columns.size() <= 10) {
                throw new IllegalStateException(
                        "the search must see the schema, it found " + columns.size() + " columns");
            }
            for (String[] col : columns) {
                try (PreparedStatement ps = c.prepareStatement("SELECT count(*) FROM \"" + col[0] + "\" WHERE \""
                        + col[1] + "\"::text ILIKE '%' || ? || '%'")) {
                    ps.setString(1, value);
                    try (ResultSet r = ps.executeQuery()) {
                        r.next();
                        if (r.getLong(1) > 0) {
                            hits.add(col[0] + "." + col[1]);
                        }
                    }
                }
            }
        }
        return hits;
    }
}
