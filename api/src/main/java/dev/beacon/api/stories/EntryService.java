package dev.beacon.api.stories;

import dev.beacon.api.community.RateLimiter;
import dev.beacon.api.community.WrittenText;
import dev.beacon.api.events.EventType;
import dev.beacon.api.events.Outbox;
import dev.beacon.api.profiles.ChannelActor.Subject;
import dev.beacon.api.profiles.Profile;
import dev.beacon.api.profiles.ProfileRequests.ConsentRequest;
import dev.beacon.api.profiles.ProfileService;
import dev.beacon.api.shared.error.ProblemException;
import dev.beacon.api.sites.Site;
import dev.beacon.api.sites.SiteRepository;
import dev.beacon.api.sites.TextPolicy;
import dev.beacon.api.stories.StoryRequests.EntryCreateRequest;
import dev.beacon.api.stories.StoryResponses.MyEntryResponse;
import dev.beacon.api.stories.StoryResponses.PublicEntryResponse;
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

/** A person's entries to story competitions, and the entries the public sees (shortlisted and winners). */
@ApplicationScoped
public class EntryService {

    @Inject
    CompetitionService competitions;

    @Inject
    StoryEntryRepository entries;

    @Inject
    SiteRepository sites;

    @Inject
    ProfileService profiles;

    @Inject
    RateLimiter limiter;

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    Outbox outbox;

    @Transactional
    public MyEntryResponse enter(String siteSlug, Subject subject, long id, EntryCreateRequest request) {
        CompetitionService.Visible v = competitions.visible(siteSlug, id, null);
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
        outbox.record(
                c.siteId,
                EventType.STORY_ENTRY_SUBMITTED,
                "story-entry/" + e.id,
                "entryId",
                e.id,
                "competitionId",
                c.itemId,
                "profileId",
                profile.id);
        return MyEntryResponse.of(e);
    }

    @Transactional
    public List<MyEntryResponse> mine(String siteSlug, Subject subject, long id) {
        Site site = sites.requireBySlug(siteSlug);
        competitions.rules(site.id, id);
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
        entries.authored(
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
}
