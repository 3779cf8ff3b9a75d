package dev.beacon.api.shared.cache;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

/**
 * Tells every replica that a site's published state changed. PostgreSQL delivers a NOTIFY only when the
 * transaction commits, so a rolled-back publish never invalidates anything, and a committed one always does.
 */
@ApplicationScoped
public class ChangeNotifier {

    public static final String CHANNEL = "beacon_content";
    /** Payload meaning "the list of sites changed". */
    public static final String ALL_SITES = "*";

    @Inject
    EntityManager em;

    @Inject
    Event<SiteChanged> events;

    public void siteChanged(long siteId) {
        notify(Long.toString(siteId));
    }

    public void sitesChanged() {
        notify(ALL_SITES);
    }

    private void notify(String payload) {
        em.createNativeQuery("SELECT pg_notify(:channel, :payload)")
                .setParameter("channel", CHANNEL)
                .setParameter("payload", payload)
                .getSingleResult();
        events.fire(new SiteChanged(payload));
    }
}
