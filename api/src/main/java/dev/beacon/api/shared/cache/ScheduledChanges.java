package dev.beacon.api.shared.cache;

import java.time.Instant;

/**
 * When a site's published content next changes by itself (a go-live, an expiry, a featured window opening or
 * closing). Declared here, answered by content (which owns the published snapshot), so shared uses no feature.
 */
public interface ScheduledChanges {

    /** The first such instant after {@code now}, or null when none is scheduled. */
    Instant next(long siteId, Instant now);
}
