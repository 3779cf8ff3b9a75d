package dev.beacon.api.community;

import dev.beacon.api.shared.db.SqlValues;
import dev.beacon.api.shared.error.ProblemException;
import dev.beacon.api.sites.SiteSettings.RateLimit;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Limits how often one person may write (comments, tips, stories): a sliding window counted in the database,
 * so the limit holds across every replica. Called inside the writing transaction: a write that fails
 * afterwards (a banned word, say) rolls its hit back and does not count.
 */
@ApplicationScoped
public class RateLimiter {

    /** The writes a site limits; the names are stored, so they never change. */
    public enum Action {
        comment,
        tip,
        story
    }

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    /** Counts one more {@code action} of the profile, or refuses with {@code 429} and the seconds to wait. */
    @Transactional(TxType.MANDATORY)
    public void acquire(long profileId, Action action, RateLimit limit) {
        // Serialise this person's writes of this kind, so two at once cannot both see room for one.
        em.createNativeQuery("SELECT pg_advisory_xact_lock(hashtextextended(:key, 0))")
                .setParameter("key", "rate|" + profileId + "|" + action)
                .getSingleResult();
        Instant now = clock.instant();
        Instant windowStart = now.minusSeconds(limit.perSeconds());
        em.createNativeQuery("DELETE FROM rate_limit_hit WHERE profile_id = :p AND action = :a AND at <= :start")
                .setParameter("p", profileId)
                .setParameter("a", action.name())
                .setParameter("start", Timestamp.from(windowStart))
                .executeUpdate();
        Object[] window = (Object[]) em.createNativeQuery(
                        "SELECT count(*), min(at) FROM rate_limit_hit WHERE profile_id = :p AND action = :a")
                .setParameter("p", profileId)
                .setParameter("a", action.name())
                .getSingleResult();
        long count = ((Number) window[0]).longValue();
        if (count >= limit.count()) {
            Instant oldest = SqlValues.instant(window[1]);
            long wait = Duration.between(now, oldest.plusSeconds(limit.perSeconds()))
                            .toSeconds()
                    + 1;
            throw ProblemException.rateLimited(
                    "At most " + limit.count() + " " + action + (limit.count() == 1 ? "" : "s") + " in "
                            + limit.perSeconds() + " seconds; try again in " + wait + " seconds",
                    wait);
        }
        em.createNativeQuery("INSERT INTO rate_limit_hit (profile_id, action, at) VALUES (:p, :a, :at)")
                .setParameter("p", profileId)
                .setParameter("a", action.name())
                .setParameter("at", Timestamp.from(now))
                .executeUpdate();
    }
}
