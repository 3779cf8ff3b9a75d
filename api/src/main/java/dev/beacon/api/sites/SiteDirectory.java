package dev.beacon.api.sites;

import dev.beacon.api.shared.cache.PublishedState;
import dev.beacon.api.shared.error.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Every site, held in memory for delivery reads: there are few sites, they change rarely, and every
 * delivery request needs one. Reloaded whenever any site changes.
 */
@ApplicationScoped
public class SiteDirectory {

    /** An immutable view of one site for the delivery path. */
    public record SiteView(long id, String slug, Locales locales, SitePublicResponse response) {}

    private record Snapshot(long generation, List<SiteView> sites, Map<String, SiteView> bySlug) {}

    @Inject
    SiteService service;

    @Inject
    PublishedState state;

    private volatile Snapshot snapshot;

    public SiteView require(String slug) {
        SiteView site = current().bySlug().get(slug);
        if (site == null) {
            throw ProblemException.notFound("Site", slug);
        }
        return site;
    }

    /**
     * The site as this replica already holds it, without reading the database: empty when the list of sites has
     * changed since it was read, or when no such site is held. For the delivery cache's event-loop path.
     */
    public Optional<SiteView> held(String slug) {
        Snapshot s = snapshot;
        if (s == null || s.generation() != state.sitesGeneration()) {
            return Optional.empty();
        }
        return Optional.ofNullable(s.bySlug().get(slug));
    }

    public List<SiteView> all() {
        return current().sites();
    }

    private Snapshot current() {
        long generation = state.sitesGeneration();
        Snapshot s = snapshot;
        if (s == null || s.generation() != generation) {
            List<SiteView> sites = service.all().stream()
                    .map(site -> new SiteView(site.id, site.slug, site.localeChains(), SitePublicResponse.of(site)))
                    .toList();
            s = new Snapshot(
                    generation, sites, sites.stream().collect(Collectors.toMap(SiteView::slug, Function.identity())));
            snapshot = s;
        }
        return s;
    }
}
