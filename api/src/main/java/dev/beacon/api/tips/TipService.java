package dev.beacon.api.tips;

import dev.beacon.api.community.Feature;
import dev.beacon.api.community.RateLimiter;
import dev.beacon.api.community.WrittenText;
import dev.beacon.api.content.blocks.Block;
import dev.beacon.api.content.manage.ArticleDrafts;
import dev.beacon.api.content.manage.ArticleDrafts.Draft;
import dev.beacon.api.events.EventType;
import dev.beacon.api.events.Outbox;
import dev.beacon.api.profiles.ChannelActor.Subject;
import dev.beacon.api.profiles.Profile;
import dev.beacon.api.profiles.ProfileService;
import dev.beacon.api.shared.error.ProblemException;
import dev.beacon.api.shared.paging.PageRequest;
import dev.beacon.api.shared.paging.PageResponse;
import dev.beacon.api.sites.Site;
import dev.beacon.api.sites.SiteRepository;
import dev.beacon.api.sites.TextPolicy;
import dev.beacon.api.tips.TipRequests.ArticleRequest;
import dev.beacon.api.tips.TipRequests.TipCreateRequest;
import dev.beacon.api.tips.TipResponses.ArticleResponse;
import dev.beacon.api.tips.TipResponses.HelpfulResponse;
import dev.beacon.api.tips.TipResponses.MyTipResponse;
import dev.beacon.api.tips.TipResponses.PublicTipListResponse;
import dev.beacon.api.tips.TipResponses.PublicTipResponse;
import dev.beacon.api.tips.TipResponses.TipManageResponse;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.sql.Timestamp;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Tips: people send them, moderators publish, reject and feature them, editors turn one into an article. */
@ApplicationScoped
public class TipService {

    @Inject
    SiteRepository sites;

    @Inject
    ProfileService profiles;

    @Inject
    RateLimiter limiter;

    @Inject
    ArticleDrafts drafts;

    @Inject
    EntityManager em;

    @Inject
    java.time.Clock clock;

    @Inject
    Outbox outbox;

    @Transactional
    public MyTipResponse submit(String siteSlug, Subject subject, TipCreateRequest request) {
        Site site = siteWithTips(siteSlug);
        String locale = blankToNull(request.locale());
        if (locale != null && !site.localeChains().contains(locale)) {
            throw ProblemException.invalid("locale", "'" + locale + "' is not one of the site's locales");
        }
        TextPolicy.check(site.settings, "text", request.text());
        TextPolicy.check(site.settings, "displayName", request.displayName());
        Profile profile = profiles.resolve(siteSlug, subject);
        limiter.acquire(
                profile.id,
                RateLimiter.Action.tip,
                site.settings.communityOrDefaults().tips());
        Tip tip = new Tip();
        tip.siteId = site.id;
        tip.profileId = profile.id;
        tip.text = request.text();
        tip.displayName = blankToNull(request.displayName()) == null ? null : request.displayName();
        tip.locale = locale;
        tip.state = Tip.State.submitted;
        tip.submittedAt = clock.instant();
        em.persist(tip);
        em.flush();
        outbox.record(site.id, EventType.TIP_SUBMITTED, "tip/" + tip.id, "tipId", tip.id, "profileId", profile.id);
        return MyTipResponse.of(tip, 0);
    }

    /** Published tips, featured first, then newest; a locale shows tips of its fallback chain and tips with none. */
    @Transactional(TxType.SUPPORTS)
    public PublicTipListResponse published(String siteSlug, String requestedLocale, PageRequest page) {
        Site site = siteWithTips(siteSlug);
        String where = "t.siteId = :site and t.state = :state";
        List<String> chain = null;
        if (requestedLocale != null && !requestedLocale.isBlank()) {
            chain = site.localeChains().chainFor(requestedLocale);
            where += " and (t.locale is null or t.locale in :chain)";
        }
        var query = em.createQuery(
                        "select t, (select count(h) from TipHelpful h where h.tipId = t.id) from Tip t where " + where
                                + " order by t.featured desc, t.publishedAt desc, t.id desc",
                        Object[].class)
                .setParameter("site", site.id)
                .setParameter("state", Tip.State.published);
        var count = em.createQuery("select count(t) from Tip t where " + where, Long.class)
                .setParameter("site", site.id)
                .setParameter("state", Tip.State.published);
        if (chain != null) {
            query.setParameter("chain", chain);
            count.setParameter("chain", chain);
        }
        List<PublicTipResponse> items =
                query.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList().stream()
                        .map(row -> {
                            Tip t = (Tip) row[0];
                            return new PublicTipResponse(
                                    t.id,
                                    t.text,
                                    WrittenText.html(t.text),
                                    t.displayName,
                                    t.locale,
                                    t.featured,
                                    ((Number) row[1]).longValue(),
                                    t.publishedAt);
                        })
                        .toList();
        PageResponse<PublicTipResponse> result = PageResponse.of(items, page, count.getSingleResult());
        return new PublicTipListResponse(
                result.items(), result.page(), result.size(), result.totalItems(), result.totalPages());
    }

    /** One helpful mark per person per published tip, held by a UNIQUE constraint, so two at once cannot both count. */
    @Transactional
    public HelpfulResponse markHelpful(String siteSlug, Subject subject, long tipId) {
        Site site = siteWithTips(siteSlug);
        Tip tip = require(site.id, tipId);
        if (tip.state != Tip.State.published) {
            throw ProblemException.notFound("Tip", tipId); // unpublished tips do not exist for the public
        }
        Profile profile = profiles.resolve(siteSlug, subject);
        int added = em.createNativeQuery(
                        "INSERT INTO tip_helpful (tip_id, profile_id, marked_at) VALUES (:tip, :profile, :at)"
                                + " ON CONFLICT ON CONSTRAINT tip_helpful_once DO NOTHING")
                .setParameter("tip", tip.id)
                .setParameter("profile", profile.id)
                .setParameter("at", Timestamp.from(clock.instant()))
                .executeUpdate();
        if (added == 0) {
            throw ProblemException.alreadyDone("You already marked this tip as helpful");
        }
        return new HelpfulResponse(tip.id, helpful(List.of(tip.id)).getOrDefault(tip.id, 0L));
    }

    @Transactional
    public List<MyTipResponse> mine(String siteSlug, Subject subject) {
        Profile profile = profiles.resolve(siteSlug, subject);
        return mine(profile.id);
    }

    List<MyTipResponse> mine(long profileId) {
        List<Tip> tips = em.createQuery(
                        "from Tip t where t.profileId = :p order by t.submittedAt desc, t.id desc", Tip.class)
                .setParameter("p", profileId)
                .getResultList();
        Map<Long, Long> helpful = helpful(tips.stream().map(t -> t.id).toList());
        return tips.stream()
                .map(t -> MyTipResponse.of(t, helpful.getOrDefault(t.id, 0L)))
                .toList();
    }

    @Transactional(TxType.SUPPORTS)
    public PageResponse<TipManageResponse> list(String siteSlug, Tip.State state, PageRequest page) {
        Site site = sites.requireBySlug(siteSlug);
        String where = "t.siteId = :site" + (state == null ? "" : " and t.state = :state");
        var query = em.createQuery("from Tip t where " + where + " order by t.submittedAt desc, t.id desc", Tip.class)
                .setParameter("site", site.id);
        var count = em.createQuery("select count(t) from Tip t where " + where, Long.class)
                .setParameter("site", site.id);
        if (state != null) {
            query.setParameter("state", state);
            count.setParameter("state", state);
        }
        List<Tip> tips =
                query.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList();
        Map<Long, Long> helpful = helpful(tips.stream().map(t -> t.id).toList());
        return PageResponse.of(
                tips.stream()
                        .map(t -> TipManageResponse.of(t, helpful.getOrDefault(t.id, 0L)))
                        .toList(),
                page,
                count.getSingleResult());
    }

    public enum Moderation {
        publish,
        reject,
        feature,
        unfeature
    }

    @Transactional
    public TipManageResponse moderate(String siteSlug, long tipId, Moderation action, String moderator) {
        Site site = sites.requireBySlug(siteSlug);
        Tip tip = require(site.id, tipId);
        switch (action) {
            case publish -> {
                tip.state = Tip.State.published;
                if (tip.publishedAt == null) {
                    tip.publishedAt = clock.instant();
                }
            }
            case reject -> {
                tip.state = Tip.State.rejected;
                tip.featured = false;
            }
            case feature -> {
                if (tip.state != Tip.State.published) {
                    throw ProblemException.conflict(
                            "Only a published tip can be featured; publish tip " + tipId + " first");
                }
                tip.featured = true;
            }
            case unfeature -> tip.featured = false;
        }
        tip.moderatedBy = moderator;
        em.flush();
        return TipManageResponse.of(tip, helpful(List.of(tip.id)).getOrDefault(tip.id, 0L));
    }

    /** A draft article quoting the tip, credited to its display name; linked to the tip, so only one is made. */
    @Transactional
    public ArticleResponse article(String siteSlug, long tipId, ArticleRequest request, String author) {
        Site site = sites.requireBySlug(siteSlug);
        Tip tip = require(site.id, tipId);
        if (tip.articleId != null) {
            throw ProblemException.conflict("Tip " + tipId + " is already article " + tip.articleId);
        }
        String locale = request.locale() != null
                ? request.locale()
                : tip.locale != null ? tip.locale : site.localeChains().defaultLocale();
        long itemId = drafts.create(
                site.slug,
                request.parentId(),
                locale,
                new Draft(
                        WrittenText.title(tip.text, 80),
                        null,
                        "tip-" + tip.id,
                        List.of(new Block.Quote(WrittenText.markdown(tip.text), tip.displayName)),
                        "tip",
                        "Made from tip " + tip.id),
                author);
        tip.articleId = itemId;
        em.flush();
        return new ArticleResponse(itemId, tip.id, locale);
    }

    Map<Long, Long> helpful(List<Long> tipIds) {
        Map<Long, Long> counts = new HashMap<>();
        if (!tipIds.isEmpty()) {
            em.createQuery(
                            "select h.tipId, count(h) from TipHelpful h where h.tipId in :ids group by h.tipId",
                            Object[].class)
                    .setParameter("ids", tipIds)
                    .getResultList()
                    .forEach(row -> counts.put((Long) row[0], ((Number) row[1]).longValue()));
        }
        return counts;
    }

    private Tip require(long siteId, long tipId) {
        Tip tip = em.find(Tip.class, tipId);
        if (tip == null || tip.siteId != siteId) {
            throw ProblemException.notFound("Tip", tipId);
        }
        return tip;
    }

    private Site siteWithTips(String siteSlug) {
        Site site = sites.requireBySlug(siteSlug);
        Feature.tips.requireOn(site.settings.features());
        return site;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
