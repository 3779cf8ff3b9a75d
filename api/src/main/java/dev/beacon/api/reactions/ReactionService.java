package dev.beacon.api.reactions;

import dev.beacon.api.community.Feature;
import dev.beacon.api.content.ContentItem;
import dev.beacon.api.content.ContentItemRepository;
import dev.beacon.api.content.ContentType;
import dev.beacon.api.polls.Labels;
import dev.beacon.api.polls.PollReader;
import dev.beacon.api.profiles.ChannelActor.Subject;
import dev.beacon.api.profiles.Profile;
import dev.beacon.api.profiles.ProfileService;
import dev.beacon.api.reactions.ReactionRequests.ReactionChoiceRequest;
import dev.beacon.api.reactions.ReactionRequests.ReactionQuestionRequest;
import dev.beacon.api.reactions.ReactionResponses.ChoiceCountResponse;
import dev.beacon.api.reactions.ReactionResponses.ReactedResponse;
import dev.beacon.api.reactions.ReactionResponses.ReactionExportResponse;
import dev.beacon.api.reactions.ReactionResponses.ReactionQuestionResponse;
import dev.beacon.api.reactions.ReactionResponses.ReactionsResponse;
import dev.beacon.api.shared.cache.HeldCounts;
import dev.beacon.api.shared.cache.PublishedState;
import dev.beacon.api.shared.config.BeaconConfig;
import dev.beacon.api.shared.db.SqlValues;
import dev.beacon.api.shared.error.ProblemException;
import dev.beacon.api.shared.http.Versions;
import dev.beacon.api.sites.Site;
import dev.beacon.api.sites.SiteRepository;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Reaction questions under articles: editors define them, people react once, everyone sees the counts. */
@ApplicationScoped
public class ReactionService {

    @Inject
    SiteRepository sites;

    @Inject
    ProfileService profiles;

    @Inject
    PollReader polls;

    @Inject
    EntityManager em;

    @Inject
    ContentItemRepository items;

    @Inject
    Clock clock;

    @Inject
    PublishedState state;

    @Inject
    Event<ReactionsChanged> changed;

    @Inject
    BeaconConfig config;

    /** A reaction or a new definition of an article's question committed (observers act after the commit). */
    public record ReactionsChanged(long itemId) {}

    private HeldCounts<ReactionsResponse> counted;

    @PostConstruct
    void holdCounts() {
        counted = new HeldCounts<>(config.polls().resultsMaxAge(), 20_000);
    }

    @Transactional(TxType.SUPPORTS)
    public ReactionQuestionResponse definition(String siteSlug, long itemId) {
        Site site = sites.requireBySlug(siteSlug);
        ReactionQuestion q = require(site.id, itemId);
        return ReactionQuestionResponse.of(q, choices(itemId));
    }

    @Transactional
    public ReactionQuestionResponse define(
            String siteSlug, long itemId, ReactionQuestionRequest request, Long expectedVersion) {
        Site site = sites.requireBySlug(siteSlug);
        ContentItem item = items.require(site.id, itemId);
        if (item.type != ContentType.article) {
            throw ProblemException.conflict(
                    "Item " + itemId + " is a " + item.type + "; reaction questions go under articles");
        }
        Set<String> keys = new HashSet<>();
        for (int i = 0; i < request.choices().size(); i++) {
            ReactionChoiceRequest c = request.choices().get(i);
            if ((c.emoji() == null) == (c.imageUrl() == null)) {
                throw ProblemException.invalid("choices[" + i + "]", "give either an emoji or an imageUrl");
            }
            if (!keys.add(c.key())) {
                throw ProblemException.invalid("choices[" + i + "].key", "'" + c.key() + "' is used twice");
            }
        }
        ReactionQuestion q = em.find(ReactionQuestion.class, itemId, LockModeType.PESSIMISTIC_WRITE);
        boolean created = q == null;
        if (created) {
            q = new ReactionQuestion();
            q.itemId = itemId;
            q.siteId = site.id;
        } else {
            Versions.check(expectedVersion != null ? expectedVersion : request.version(), q.version);
        }
        q.question = Map.copyOf(request.question());
        q.thankYou = Map.copyOf(request.thankYou());
        q.updatedAt = clock.instant();
        if (created) {
            em.persist(q);
        }
        em.flush();
        Map<String, ReactionChoice> existing =
                choices(itemId).stream().collect(Collectors.toMap(c -> c.key, Function.identity()));
        List<String> removed = existing.keySet().stream()
                .filter(k -> !keys.contains(k))
                .sorted()
                .toList();
        if (!removed.isEmpty()) {
            Number used = (Number) em.createNativeQuery(
                            "SELECT count(*) FROM reaction WHERE item_id = :item AND choice_key IN (:keys)")
                    .setParameter("item", itemId)
                    .setParameter("keys", removed)
                    .getSingleResult();
            if (used.longValue() > 0) {
                throw ProblemException.conflict("Choices " + removed + " have reactions and cannot be removed");
            }
            removed.forEach(k -> em.remove(existing.get(k)));
            em.flush();
        }
        for (int i = 0; i < request.choices().size(); i++) {
            ReactionChoiceRequest w = request.choices().get(i);
            ReactionChoice c = existing.get(w.key());
            boolean added = c == null;
            if (added) {
                c = new ReactionChoice();
                c.itemId = itemId;
                c.key = w.key();
            }
            c.position = i;
            c.emoji = w.emoji();
            c.imageUrl = w.imageUrl();
            c.labels = Map.copyOf(w.labels());
            if (added) {
                em.persist(c);
            }
        }
        em.flush();
        changed.fire(new ReactionsChanged(itemId));
        return ReactionQuestionResponse.of(q, choices(itemId));
    }

    /**
     * The public view: the question and the counts, under a published article. Shown under every article page,
     * so it is held (see {@link HeldCounts}) until the site's epoch ends, a reaction or definition commits here,
     * or the counts' max-age passes.
     */
    @Transactional(TxType.SUPPORTS)
    public ReactionsResponse reactions(long siteId, long itemId, List<String> chain) {
        return counted.get(
                itemId, String.join(",", chain), state.epoch(siteId).generation(), () -> count(siteId, itemId, chain));
    }

    void onChange(@Observes(during = TransactionPhase.AFTER_SUCCESS) ReactionsChanged change) {
        counted.changed(change.itemId());
    }

    private ReactionsResponse count(long siteId, long itemId, List<String> chain) {
        ReactionQuestion q = require(siteId, itemId);
        String locale = polls.servedLocale(siteId, itemId, chain, clock.instant())
                .orElseThrow(() -> ProblemException.notFound("Content", itemId));
        Map<String, Long> counts = new HashMap<>();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(
                        "SELECT choice_key, count(*) FROM reaction WHERE item_id = :item GROUP BY choice_key")
                .setParameter("item", itemId)
                .getResultList();
        rows.forEach(r -> counts.put((String) r[0], ((Number) r[1]).longValue()));
        List<ChoiceCountResponse> choices = choices(itemId).stream()
                .map(c -> new ChoiceCountResponse(
                        c.key, c.emoji, c.imageUrl, Labels.pick(c.labels, chain), counts.getOrDefault(c.key, 0L)))
                .toList();
        return new ReactionsResponse(
                itemId,
                locale,
                Labels.pick(q.question, chain),
                choices,
                counts.values().stream().mapToLong(Long::longValue).sum());
    }

    /** One reaction per person per article: the UNIQUE row decides, so concurrent repeats count once. */
    @Transactional
    public ReactedResponse react(String siteSlug, long itemId, Subject subject, String requestedLocale, String choice) {
        Site site = sites.requireBySlug(siteSlug);
        Feature.polls.requireOn(site.settings.features());
        // A shared lock on the question while the reaction is counted: a definition that drops a choice (which takes
        // the row for update) waits for reactions under way and sees them, instead of failing on the foreign key.
        ReactionQuestion q = require(site.id, itemId, LockModeType.PESSIMISTIC_READ);
        List<String> chain = site.localeChains().chainFor(requestedLocale);
        Instant now = clock.instant();
        String locale = polls.servedLocale(site.id, itemId, chain, now)
                .orElseThrow(() -> ProblemException.notFound("Content", itemId));
        if (choices(itemId).stream().noneMatch(c -> c.key.equals(choice))) {
            throw ProblemException.invalid("choice", "'" + choice + "' is not one of this question's choices");
        }
        Profile profile = profiles.resolve(siteSlug, subject);
        List<?> inserted = em.createNativeQuery("""
                INSERT INTO reaction (item_id, profile_id, choice_key, locale, created_at) VALUES (:item, :profile, :choice, :locale, :at)
                ON CONFLICT (item_id, profile_id) DO NOTHING RETURNING id""")
                .setParameter("item", itemId)
                .setParameter("profile", profile.id)
                .setParameter("choice", choice)
                .setParameter("locale", locale)
                .setParameter("at", OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
                .getResultList();
        if (inserted.isEmpty()) {
            throw ProblemException.alreadyDone("You have already reacted to this article");
        }
        changed.fire(new ReactionsChanged(itemId));
        return new ReactedResponse(itemId, choice, locale, Labels.pick(q.thankYou, chain), now);
    }

    @Transactional(TxType.SUPPORTS)
    public List<ReactionExportResponse> export(long profileId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(
                        "SELECT item_id, choice_key, locale, created_at FROM reaction WHERE profile_id = :p ORDER BY id")
                .setParameter("p", profileId)
                .getResultList();
        return rows.stream()
                .map(r -> new ReactionExportResponse(
                        ((Number) r[0]).longValue(), (String) r[1], (String) r[2], SqlValues.instant(r[3])))
                .toList();
    }

    private ReactionQuestion require(long siteId, long itemId) {
        return require(siteId, itemId, LockModeType.NONE);
    }

    private ReactionQuestion require(long siteId, long itemId, LockModeType lock) {
        ReactionQuestion q = em.find(ReactionQuestion.class, itemId, lock);
        if (q == null || q.siteId != siteId) {
            throw ProblemException.notFound("Reaction question of item", itemId);
        }
        return q;
    }

    private List<ReactionChoice> choices(long itemId) {
        return em.createQuery("from ReactionChoice c where c.itemId = :item order by c.position", ReactionChoice.class)
                .setParameter("item", itemId)
                .getResultList();
    }
}
