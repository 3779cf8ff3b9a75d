package dev.beacon.api.content.delivery;

import io.agroal.api.AgroalDataSource;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.LongAdder;
import org.postgresql.PGStatement;

/**
 * Plain JDBC for the delivery read path: a handful of fixed, indexed queries that need no ORM session.
 * Every delivery statement goes through here and is counted ({@code beacon.delivery.statements}), which
 * is how tests prove that GraphQL batches instead of querying per parent.
 */
@ApplicationScoped
@Startup // its statement counter is on /q/metrics from the start, not only after the first delivery read
public class DeliveryDatabase {

    @FunctionalInterface
    public interface Binder {
        void bind(Connection connection, PreparedStatement statement) throws SQLException;
    }

    @FunctionalInterface
    public interface RowMapper<T> {
        T map(ResultSet row) throws SQLException;
    }

    private final LongAdder statements = new LongAdder();

    @Inject
    AgroalDataSource dataSource;

    @Inject
    DeliveryDatabase(MeterRegistry registry) {
        FunctionCounter.builder("beacon.delivery.statements", statements, LongAdder::doubleValue)
                .description("SQL statements run by delivery reads")
                .register(registry);
    }

    public <T> List<T> query(String sql, Binder binder, RowMapper<T> mapper) {
        return query(sql, binder, mapper, false);
    }

    /**
     * A statement planned for its parameters on every run, never with a cached generic plan: for lists, where the
     * best plan depends on the values (a search for a word in every article walks the feed index, a rare word is
     * looked up in the GIN index), and a generic plan chosen for one would be slow for the other.
     */
    public <T> List<T> queryPlannedEachTime(String sql, Binder binder, RowMapper<T> mapper) {
        return query(sql, binder, mapper, true);
    }

    private <T> List<T> query(String sql, Binder binder, RowMapper<T> mapper, boolean customPlan) {
        statements.increment();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            if (customPlan) {
                statement.unwrap(PGStatement.class).setPrepareThreshold(0);
            }
            binder.bind(connection, statement);
            try (ResultSet rows = statement.executeQuery()) {
                List<T> result = new ArrayList<>();
                while (rows.next()) {
                    result.add(mapper.map(rows));
                }
                return result;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Delivery query failed: " + e.getMessage(), e);
        }
    }

    /** How many statements delivery reads have run since start. */
    public long statementCount() {
        return statements.sum();
    }
}
