package dev.beacon.api.shared.cache;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What version of each site's published content this replica believes is current. A cached response is
 * valid only for the epoch it was rendered in; an epoch ends when the site changes (NOTIFY) or when the
 * next scheduled go-live, expiry or featured window boundary passes, whether or not the scheduler ran.
 */
@ApplicationScoped
public class PublishedState {

    /** Even with no scheduled change, re-check this often, in case a notification was missed. */
    private static final Duration MAX_EPOCH = Duration.ofMinutes(10);

    public record Epoch(long generation, Instant validUntil) {}

    private final AtomicLong generations = new AtomicLong();
    private final Map<Long, Epoch> sites = new ConcurrentHashMap<>();
    /** Counts every change heard, so an epoch opened while one arrived is known to be suspect. */
    private final AtomicLong changesHeard = new AtomicLong();

    private volatile long sitesGeneration = generations.incrementAndGet();

    @Inject
    Clock clock;

    @Inject
    ScheduledChanges scheduled;

    /** The current epoch of a site's content; opens a new one (one small query) when the last has ended. */
    public Epoch epoch(long siteId) {
        Instant now = clock.instant();
        Epoch epoch = sites.get(siteId);
        if (epoch != null && now.isBefore(epoch.validUntil())) {
            return epoch;
        }
        long heard = changesHeard.get();
        Epoch fresh = new Epoch(generations.incrementAndGet(), nextBoundary(siteId, now));
        sites.put(siteId, fresh);
        if (changesHeard.get() != heard) {
            // A change committed while the boundary was read (a new go-live, say): this caller may use the epoch,
            // but no later one keeps it. Put before this check, removed after the change's own removal: no gap.
            sites.remove(siteId, fresh);
        }
        return fresh;
    }

    /** The current epoch of a site if one is open, without reading the database (for the event-loop path). */
    public Optional<Epoch> held(long siteId) {
        Epoch epoch = sites.get(siteId);
        return epoch != null && clock.instant().isBefore(epoch.validUntil()) ? Optional.of(epoch) : Optional.empty();
    }

    /** The generation of the list of sites and their settings. */
    public long sitesGeneration() {
        return sitesGeneration;
    }

    void onLocalChange(@Observes(during = TransactionPhase.AFTER_SUCCESS) SiteChanged change) {
        changed(change.payload());
    }

    /** Called for every notification, local or from another replica. */
    public void changed(String payload) {
        changesHeard.incrementAndGet();
        if (ChangeNotifier.ALL_SITES.equals(payload)) {
            invalidateAll();
            return;
        }
        try {
            sites.remove(Long.parseLong(payload));
        } catch (NumberFormatException e) {
            invalidateAll();
        }
    }

    /** After a lost connection nothing can be trusted: every epoch ends. */
    public void invalidateAll() {
        changesHeard.incrementAndGet();
        sitesGeneration = generations.incrementAndGet();
        sites.clear();
    }

    private Instant nextBoundary(long siteId, Instant now) {
        Instant cap = now.plus(MAX_EPOCH);
        Instant boundary = scheduled.next(siteId, now);
        return boundary != null && boundary.isBefore(cap) ? boundary : cap;
    }
}
