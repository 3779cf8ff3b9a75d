package dev.beacon.api.stories;

import dev.beacon.api.community.WrittenText;
import dev.beacon.api.content.blocks.Block;
import dev.beacon.api.content.manage.ArticleDrafts;
import dev.beacon.api.content.manage.ArticleDrafts.Draft;
import dev.beacon.api.shared.error.ProblemException;
import dev.beacon.api.shared.paging.PageRequest;
import dev.beacon.api.shared.paging.PageResponse;
import dev.beacon.api.sites.Site;
import dev.beacon.api.sites.SiteRepository;
import dev.beacon.api.stories.StoryEntryRepository.Authored;
import dev.beacon.api.stories.StoryRequests.ArticleRequest;
import dev.beacon.api.stories.StoryResponses.ArticleResponse;
import dev.beacon.api.stories.StoryResponses.EntryManageResponse;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What staff do with entries: read and filter them, export them, shortlist and pick winners, make an article of one. */
@ApplicationScoped
public class EntryModerationService {

    private static final int MAX_PARAGRAPH = 9_000;

    @Inject
    CompetitionService competitions;

    @Inject
    StoryEntryRepository entries;

    @Inject
    SiteRepository sites;

    @Inject
    ArticleDrafts drafts;

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @Transactional(TxType.SUPPORTS)
    public PageResponse<EntryManageResponse> list(String siteSlug, long id, StoryEntry.State state, PageRequest page) {
        Site site = sites.requireBySlug(siteSlug);
        competitions.rules(site.id, id);
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
                entries.authored(where + " order by e.submittedAt desc, e.id desc", params, page).stream()
                        .map(a -> EntryManageResponse.of(a.entry(), a.alias()))
                        .toList();
        return PageResponse.of(found, page, count.getSingleResult());
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
        return EntryManageResponse.of(e, entries.alias(e));
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
        String byline = new Authored(e, entries.alias(e)).publicName();
        List<Block> body = WrittenText.markdownParagraphs(e.text, MAX_PARAGRAPH).stream()
                .<Block>map(Block.Paragraph::new)
                .toList();
        long itemId = drafts.create(
                site.slug,
                request.parentId(),
                locale,
                new Draft(
                        e.title.strip(),
                        byline == null ? null : "By " + byline,
                        "story-" + e.id,
                        body,
                        "story",
                        "Made from story entry " + e.id),
                author);
        e.articleId = itemId;
        e.changedAt = clock.instant();
        em.flush();
        return new ArticleResponse(itemId, e.id, locale);
    }

    private StoryEntry entry(long siteId, long competitionId, long entryId) {
        competitions.rules(siteId, competitionId);
        StoryEntry e = em.find(StoryEntry.class, entryId);
        if (e == null || e.competitionId != competitionId) {
            throw ProblemException.notFound("Entry", entryId);
        }
        return e;
    }
}
