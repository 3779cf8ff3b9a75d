package dev.beacon.api.stories;

import dev.beacon.api.community.Feature;
import dev.beacon.api.community.RateLimiter;
import dev.beacon.api.community.WrittenText;
import dev.beacon.api.content.ContentItem;
import dev.beacon.api.content.ContentItemRepository;
import dev.beacon.api.content.ContentType;
import dev.beacon.api.content.blocks.Block;
import dev.beacon.api.content.delivery.ContentDeliveryService;
import dev.beacon.api.content.delivery.DeliveryResponses.ContentResponse;
import dev.beacon.api.content.manage.ContentRequests.ContentCreateRequest;
import dev.beacon.api.content.manage.ContentRequests.TranslationCreateRequest;
import dev.beacon.api.content.manage.ContentRequests.TranslationRequest;
import dev.beacon.api.content.manage.ContentService;
import dev.beacon.api.profiles.ChannelActor.Subject;
import dev.beacon.api.profiles.Profile;
import dev.beacon.api.profiles.ProfileRequests.ConsentRequest;
import dev.beacon.api.profiles.ProfileService;
import dev.beacon.api.shared.error.ProblemException;
import dev.beacon.api.shared.http.Versions;
import dev.beacon.api.shared.paging.PageRequest;
import dev.beacon.api.shared.paging.PageResponse;
import dev.beacon.api.sites.Site;
import dev.beacon.api.sites.SiteDirectory;
import dev.beacon.api.sites.SiteRepository;
import dev.beacon.api.sites.TextPolicy;
import dev.beacon.api.stories.StoryRequests.ArticleRequest;
import dev.beacon.api.stories.StoryRequests.CompetitionRequest;
import dev.beacon.api.stories.StoryRequests.EntryCreateRequest;
import dev.beacon.api.stories.StoryResponses.ArticleResponse;
import dev.beacon.api.stories.StoryResponses.DefinitionResponse;
import dev.beacon.api.stories.StoryResponses.EntryManageResponse;
import dev.beacon.api.stories.StoryResponses.MyEntryResponse;
import dev.beacon.api.stories.StoryResponses.Phase;
import dev.beacon.api.stories.StoryResponses.PublicCompetitionResponse;
import dev.beacon.api.stories.StoryResponses.PublicEntryResponse;
import dev.beacon.api.stories.StoryResponses.TermsResponse;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Story competitions: editors define them, people enter, staff read, shortlist and pick winners. */
@ApplicationScoped
public class CompetitionService {

    private static final int MAX_PARAGRAPH = 9_000;

    /** A competition a person may see: its published call for entries and its rules. */
    public record Visible(Site site, ContentResponse item, Competition rules) {}

    /** An entry with its author's current alias (null when erased or never set). */
    public record Authored(StoryEntry entry, String alias) {

        /** The name the public sees: the real name when the author chose to show it, else the alias. */
        public String publicName() {
            return entry.realName != null && !entry.hideRealName ? entry.realName : alias;
        }
    }

    @Inject
    SiteRepository sites;

    @Inject
    SiteDirectory directory;

    @Inject
    ContentItemRepository items;

    @Inject
    ContentDeliveryService delivery;

    @Inject
    ContentService content;

    @Inject
    ProfileService profiles;

    @Inject
    RateLimiter limiter;

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
                dev.beacon.api.content.delivery.DeliveryQuery.of(
                        "competition", null, null, null, null, null, null, page, size),
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

    @Transactional
    public MyEntryResponse enter(String siteSlug, Subject subject, long id, EntryCreateRequest request) {
        Visible v = visible(siteSlug, id, null);
        Competition c = v.rules();
        Instant now = clock.instant();
        if (!c.isOpen(now)) {
            throw ProblemException.notOpen(
                    now.isBefore(c.opensAt)
                            ? "The competition opens at " + c.opensAt
                            : "The competition closed at " + c.closesAt);
        }
        if (request.text().length() > c.maxTextLength) {
            throw ProblemException.invalid(
                    "text", "must be at most " + c.maxTextLength + " characters for this competition");
        }
        TextPolicy.check(v.site().settings, "title", request.title());
        TextPolicy.check(v.site().settings, "text", request.text());
        TextPolicy.check(v.site().settings, "realName", request.realName());
        Profile profile = profiles.resolve(siteSlug, subject);
        limiter.acquire(
                profile.id,
                RateLimiter.Action.story,
                v.site().settings.communityOrDefaults().stories());
        profiles.consent(siteSlug, subject, new ConsentRequest(c.termsDocument, c.termsVersion));
        StoryEntry e = new StoryEntry();
        e.competitionId = c.itemId;
        e.siteId = c.siteId;
        e.profileId = profile.id;
        e.title = request.title();
        e.text = request.text();
        e.realName = request.realName() == null || request.realName().isBlank() ? null : request.realName();
        e.hideRealName = request.hideRealName() == null || request.hideRealName();
        e.termsVersion = c.termsVersion;
        e.state = StoryEntry.State.submitted;
        e.submittedAt = now;
        e.changedAt = now;
        em.persist(e);
        em.flush();
        return MyEntryResponse.of(e);
    }

    @Transactional
    public List<MyEntryResponse> mine(String siteSlug, Subject subject, long id) {
        Site site = sites.requireBySlug(siteSlug);
        rules(site.id, id);
        Profile profile = profiles.resolve(siteSlug, subject);
        return em
                .createQuery(
                        "from StoryEntry e where e.profileId = :p and e.competitionId = :c order by e.submittedAt, e.id",
                        StoryEntry.class)
                .setParameter("p", profile.id)
                .setParameter("c", id)
                .getResultList()
                .stream()
                .map(MyEntryResponse::of)
                .toList();
    }

    List<MyEntryResponse> mine(long profileId) {
        return em
                .createQuery("from StoryEntry e where e.profileId = :p order by e.submittedAt, e.id", StoryEntry.class)
                .setParameter("p", profileId)
                .getResultList()
                .stream()
                .map(MyEntryResponse::of)
                .toList();
    }

    /** Shortlisted entries and winners of many competitions (winners first), for REST and GraphQL's batched field. */
    @Transactional(TxType.SUPPORTS)
    public Map<Long, List<PublicEntryResponse>> publicEntries(List<Long> competitionIds) {
        Map<Long, List<PublicEntryResponse>> result = new LinkedHashMap<>();
        competitionIds.forEach(id -> result.put(id, new ArrayList<>()));
        if (competitionIds.isEmpty()) {
            return result;
        }
        authored(
                        "e.competitionId in :ids and e.state in :states order by e.competitionId, "
                                + "case when e.state = :winner then 0 else 1 end, e.submittedAt, e.id",
                        Map.of(
                                "ids",
                                competitionIds,
                                "states",
                                List.of(StoryEntry.State.shortlisted, StoryEntry.State.winner),
                                "winner",
                                StoryEntry.State.winner),
                        null)
                .forEach(a -> result.get(a.entry().competitionId)
                        .add(new PublicEntryResponse(
                                a.entry().id,
                                a.entry().title,
                                a.entry().text,
                                WrittenText.html(a.entry().text),
                                a.publicName(),
                                a.entry().state,
                                a.entry().submittedAt)));
        return result;
    }

    @Transactional(TxType.SUPPORTS)
    public PageResponse<EntryManageResponse> list(String siteSlug, long id, StoryEntry.State state, PageRequest page) {
        Site site = sites.requireBySlug(siteSlug);
        rules(site.id, id);
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("c", id);
        String where = "e.competitionId = :c";
        if (state != null) {
            where += " and e.state = :state";
            params.put("state", state);
        }
        var count = em.createQuery("select count(e) from StoryEntry e where " + where, Long.class);
        params.forEach(count::setParameter);
        List<EntryManageResponse> found =
                authored(where + " order by e.submittedAt desc, e.id desc", params, page).stream()
                        .map(a -> EntryManageResponse.of(a.entry(), a.alias()))
                        .toList();
        return PageResponse.of(found, page, count.getSingleResult());
    }

    /** Refuses an export of a competition that is not this site's, before anything is written. */
    @Transactional(TxType.SUPPORTS)
    public void requireCompetition(String siteSlug, long id) {
        rules(sites.requireBySlug(siteSlug).id, id);
    }

    /** A page of entries after the entry {@code afterId}, in the order they came (id), for the CSV export. */
    @Transactional(TxType.SUPPORTS)
    public List<Authored> entriesAfter(long id, long afterId, int limit) {
        List<Object[]> rows = em.createQuery(
                        "select e, p.alias from StoryEntry e left join Profile p on p.id = e.profileId "
                                + "where e.competitionId = :c and e.id > :after order by e.id",
                        Object[].class)
                .setParameter("c", id)
                .setParameter("after", afterId)
                .setMaxResults(limit)
                .getResultList();
        List<Authored> page = rows.stream()
                .map(row -> new Authored((StoryEntry) row[0], (String) row[1]))
                .toList();
        page.forEach(a -> em.detach(a.entry())); // a long export must not fill the session with every entry
        return page;
    }

    @Transactional
    public EntryManageResponse setState(String siteSlug, long id, long entryId, StoryEntry.State state) {
        if (state == StoryEntry.State.submitted) {
            throw ProblemException.invalid("state", "must be read, shortlisted or winner");
        }
        Site site = sites.requireBySlug(siteSlug);
        StoryEntry e = entry(site.id, id, entryId);
        e.state = state;
        e.changedAt = clock.instant();
        em.flush();
        return EntryManageResponse.of(e, alias(e));
    }

    /** A draft article from an entry: its title, its paragraphs, and "By" the author's public name. */
    @Transactional
    public ArticleResponse article(String siteSlug, long id, long entryId, ArticleRequest request, String author) {
        Site site = sites.requireBySlug(siteSlug);
        StoryEntry e = entry(site.id, id, entryId);
        if (e.articleId != null) {
            throw ProblemException.conflict("Entry " + entryId + " is already article " + e.articleId);
        }
        String locale = request.locale() != null
                ? request.locale()
                : site.localeChains().defaultLocale();
        String byline = new Authored(e, alias(e)).publicName();
        List<Block> body = WrittenText.markdownParagraphs(e.text, MAX_PARAGRAPH).stream()
                .<Block>map(Block.Paragraph::new)
                .toList();
        TranslationRequest translation = new TranslationRequest(
                e.title.strip(),
                byline == null ? null : "By " + byline,
                "story-" + e.id,
                body,
                List.of("story"),
                null,
                "Made from story entry " + e.id,
                null,
                null);
        var view = content.create(
                site.slug,
                new ContentCreateRequest(
                        ContentType.article,
                        request.parentId(),
                        null,
                        null,
                        null,
                        new TranslationCreateRequest(locale, translation)),
                author);
        e.articleId = view.item().id;
        e.changedAt = clock.instant();
        em.flush();
        return new ArticleResponse(view.item().id, e.id, locale);
    }

    private List<Authored> authored(String where, Map<String, Object> params, PageRequest page) {
        var query = em.createQuery(
                "select e, p.alias from StoryEntry e left join Profile p on p.id = e.profileId where " + where,
                Object[].class);
        params.forEach(query::setParameter);
        if (page != null) {
            query.setFirstResult(page.offset()).setMaxResults(page.size());
        }
        return query.getResultList().stream()
                .map(row -> new Authored((StoryEntry) row[0], (String) row[1]))
                .toList();
    }

    private String alias(StoryEntry e) {
        if (e.profileId == null) {
            return null;
        }
        Profile p = em.find(Profile.class, e.profileId);
        return p == null ? null : p.alias;
    }

    private StoryEntry entry(long siteId, long competitionId, long entryId) {
        rules(siteId, competitionId);
        StoryEntry e = em.find(StoryEntry.class, entryId);
        if (e == null || e.competitionId != competitionId) {
            throw ProblemException.notFound("Entry", entryId);
        }
        return e;
    }

    private Competition rules(long siteId, long id) {
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
