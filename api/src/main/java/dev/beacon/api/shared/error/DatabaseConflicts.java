package dev.beacon.api.shared.error;

import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;

/**
 * What a refused write means to the caller. A unique constraint that refuses a row is a race a check before the write
 * could not close (two people claiming one alias at the same moment): the request conflicts with what exists, a 409,
 * wherever it happens. A deadlock or a serialisation failure ended the request before it changed anything: a 409
 * too, which the caller may retry. A request that found no database connection free in time (the pool stayed full
 * for its acquisition timeout, or PostgreSQL refused another connection) never started: a 503 with Retry-After, since
 * sending it again a moment later is safe and likely to succeed.
 */
public final class DatabaseConflicts {

    static final String UNIQUE_VIOLATION = "23505";
    static final String SERIALIZATION_FAILURE = "40001";
    static final String DEADLOCK_DETECTED = "40P01";
    static final String TOO_MANY_CONNECTIONS = "53300";

    /** Constraints whose violation has a more precise answer than "conflicts with something that exists". */
    private static final Map<String, Supplier<ProblemException>> BY_CONSTRAINT = Map.of(
            "profile_alias",
            () -> new ProblemException(
                    ProblemType.CONFLICT,
                    "This alias is taken on this site; choose another",
                    List.of(new Problem.FieldError("alias", "is taken on this site"))),
            "site_slug_key",
            () -> new ProblemException(
                    ProblemType.CONFLICT,
                    "A site with this slug exists",
                    List.of(new Problem.FieldError("slug", "is taken"))));

    private DatabaseConflicts() {}

    /** The problem a failure stands for when, somewhere in its causes, the database refused a write; else empty. */
    public static Optional<ProblemException> of(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException sql
                    && (noConnectionInTime(sql) || TOO_MANY_CONNECTIONS.equals(sql.getSQLState()))) {
                return Optional.of(ProblemException.unavailable(
                        "The server is too busy to take this request now and changed nothing; send it again", 1));
            }
            if (t instanceof SQLException sql && sql.getSQLState() != null) {
                switch (sql.getSQLState()) {
                    case UNIQUE_VIOLATION -> {
                        return Optional.of(unique(constraintOf(sql)));
                    }
                    case SERIALIZATION_FAILURE, DEADLOCK_DETECTED -> {
                        return Optional.of(new ProblemException(
                                ProblemType.CONFLICT,
                                "The request collided with another one at the same moment and changed nothing; "
                                        + "send it again"));
                    }
                    default -> {}
                }
            }
        }
        return Optional.empty();
    }

    /**
     * Agroal's acquisition timeout: an SQLException with no SQL state, caused by a {@code TimeoutException} while
     * a new connection was being opened, or with only its message while it waited for one to be returned.
     */
    private static boolean noConnectionInTime(SQLException e) {
        return e.getSQLState() == null
                && (e.getCause() instanceof TimeoutException
                        || (e.getMessage() != null
                                && e.getMessage().toLowerCase(Locale.ROOT).contains("acquisition timeout")));
    }

    private static ProblemException unique(String constraint) {
        Supplier<ProblemException> known = constraint == null ? null : BY_CONSTRAINT.get(constraint);
        return known != null
                ? known.get()
                : new ProblemException(
                        ProblemType.CONFLICT, "This conflicts with something that exists already (made meanwhile)");
    }

    private static String constraintOf(SQLException e) {
        if (e instanceof PSQLException p) {
            ServerErrorMessage message = p.getServerErrorMessage();
            return message == null ? null : message.getConstraint();
        }
        return null;
    }
}
