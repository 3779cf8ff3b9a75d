package dev.beacon.api.content.delivery;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** A statement built in pieces, each piece with its parameters, so that a fragment can be used twice. */
final class Sql {

    @FunctionalInterface
    interface Binding {
        void bind(Connection c, PreparedStatement s, int index) throws SQLException;
    }

    private final StringBuilder text;
    private final List<Binding> bindings = new ArrayList<>();

    Sql(String text) {
        this.text = new StringBuilder(text);
    }

    Sql append(String more) {
        text.append(more);
        return this;
    }

    Sql append(Sql more) {
        text.append(more.text);
        bindings.addAll(more.bindings);
        return this;
    }

    Sql bind(Binding binding) {
        bindings.add(binding);
        return this;
    }

    /** Adds {@code AND condition}, whose first parameter is {@code binding} (bind further ones after it). */
    Sql and(String condition, Binding binding) {
        text.append(" AND ").append(condition);
        return bind(binding);
    }

    String text() {
        return text.toString();
    }

    void bindAll(Connection c, PreparedStatement s) throws SQLException {
        for (int i = 0; i < bindings.size(); i++) {
            bindings.get(i).bind(c, s, i + 1);
        }
    }
}
