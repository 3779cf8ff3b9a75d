package dev.beacon.api.stories;

import dev.beacon.api.community.Feature;
import dev.beacon.api.content.ContentItem;
import dev.beacon.api.content.ContentItemRepository;
import dev.beacon.api.content.ContentType;
import dev.beacon.api.content.delivery.ContentDeliveryService;
import dev.beacon.api.content.delivery.DeliveryResponses.ContentResponse;
import dev.beacon.api.shared.error.ProblemException;
import dev.beacon.api.shared.http.Versions;
import dev.beacon.api.sites.Site;
import dev.beacon.api.sites.SiteDirectory;
import dev.beacon.api.sites.SiteRepository;
import dev.beacon.api.stories.StoryRequests.CompetitionRequest;
import dev.beacon.api.stories.StoryResponses.DefinitionResponse;
import dev.beacon.api.stories.StoryResponses.Phase;
import dev.beacon.api.stories.StoryResponses.PublicCompetitionResponse;
import dev.beacon.api.stories.StoryResponses.TermsResponse;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Story competitions as editors define them and as the public sees them: dates, terms, phase. Entries are in
 * {@link EntryService} and {@link EntryModerationService}. */
@ApplicationScoped
public class CompetitionService {

    /** A competition a person may see: its published call for entries and its rules. */
    public record Visible(Site site, ContentResponse item, Competition rules) {}

    @Inject
    SiteRepository sites;

    @Inject
    SiteDirectory directory;

    @Inject
    ContentItemRepository items;

    @Inject
    ContentDeliveryService delivery;

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @Transactional
    public DefinitionResponse define(String siteSlug, long id, CompetitionRequest request, Long expectedVersion) {
        Site site = sites.requireBySlug(siteSlug);
        ContentItem item = items.require(site.id, id);
        if (item.type != ContentType.competition) {
            throw ProblemException.notFound("Competition", id);
        }
        if (!request.closesAt().isAfter(request.opensAt())) {
            throw ProblemException.invalid("closesAt", "must be after opensAt");
        }
        Competition c = em.find(Competition.class, id);
        if (c == null) {
            c = new Competition();
            c.itemId = item.id;
            c.siteId = site.id;
        } else {
            Versions.check(expectedVersion != null ? expectedVersion : request.version(), c.version);
        }
        c.opensAt = request.opensAt();
        c.closesAt = request.closesAt();
        c.termsDocument = request.terms().document().strip();
        c.termsVersion = request.terms().version().strip();
        c.maxTextLength = request.maxTextLength() == null ? 5_000 : request.maxTextLength();
        c.updatedAt = clock.instant();
        if (!em.contains(c)) {
            em.persist(c);
        }
        em.flush();
        return DefinitionResponse.of(c);
    }

    @Transactional(TxType.SUPPORTS)
    public DefinitionResponse definition(String siteSlug, long id) {
        Site site = sites.requireBySlug(siteSlug);
        return DefinitionResponse.of(rules(site.id, id));
    }

    /** A published competition with rules, or 404 (and feature-off when the site turned stories off). */
    @Transactional(TxType.SUPPORTS)
    public Visible visible(String siteSlug, long id, String locale) {
        Site site = siteWithStories(siteSlug);
        ContentResponse item = delivery.get(directory.require(siteSlug), id, locale);
        if (item.type() != ContentType.competition) {
            throw ProblemException.notFound("Competition", id);
        }
        return new Visible(site, item, rules(site.id, id));
    }

    /** The published competitions of a site with their rules, in one query for the rules (GraphQL's list). */
    @Transactional(TxType.SUPPORTS)
    public List<PublicCompetitionResponse> published(String siteSlug, String locale, int page, int size) {
        Site site = siteWithStories(siteSlug);
        var found = delivery.list(
                directory.require(siteSlug),
                dev.beacon.api.content.delivery.DeliveryQuery.ofType("competition", page, size),
                locale);
        List<Long> ids = found.items().stream().map(i -> i.id()).toList();
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, Competition> rules = new LinkedHashMap<>();
        em.createQuery("from Competition c where c.siteId = :site and c.itemId in :ids", Competition.class)
                .setParameter("site", site.id)
                .setParameter("ids", ids)
                .getResultList()
                .forEach(c -> rules.put(c.itemId, c));
        return found.items().stream()
                .filter(i -> rules.containsKey(i.id()))
                .map(i -> publicView(rules.get(i.id()), i.title(), i.locale()))
                .toList();
    }

    public PublicCompetitionResponse publicView(Visible v) {
        return publicView(v.rules(), v.item().title(), v.item().locale());
    }

    private PublicCompetitionResponse publicView(Competition c, String title, String locale) {
        Instant now = clock.instant();
        Phase phase = now.isBefore(c.opensAt) ? Phase.upcoming : now.isBefore(c.closesAt) ? Phase.open : Phase.closed;
        return new PublicCompetitionResponse(
                c.itemId,
                title,
                locale,
                c.opensAt,
                c.closesAt,
                phase,
                phase == Phase.open,
                new TermsResponse(c.termsDocument, c.termsVersion),
                c.maxTextLength);
    }

    /** When what the public sees of a competition next changes by itself: it opens or closes. */
    public Instant nextChange(Competition c) {
        Instant now = clock.instant();
        return now.isBefore(c.opensAt) ? c.opensAt : now.isBefore(c.closesAt) ? c.closesAt : null;
    }

    /** Refuses an export of a competition that is not this site's, before anything is written. */
    @Transactional(TxType.SUPPORTS)
    public void requireCompetition(String siteSlug, long id) {
        rules(sites.requireBySlug(siteSlug).id, id);
    }

    /** The competition {@code id} of this site, or 404. */
    Competition rules(long siteId, long id) {
        Competition c = em.find(Competition.class, id);
        if (c == null || c.siteId != siteId) {
            throw ProblemException.notFound("Competition", id);
        }
        return c;
    }

    private Site siteWithStories(String siteSlug) {
        Site site = sites.requireBySlug(siteSlug);
        Feature.stories.requireOn(site.settings.features());
        return site;
    }
}
