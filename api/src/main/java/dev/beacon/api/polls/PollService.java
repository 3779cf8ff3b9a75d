package dev.beacon.api.polls;

import dev.beacon.api.community.Feature;
import dev.beacon.api.polls.PollRequests.VoteRequest;
import dev.beacon.api.polls.PollResponses.MyPollResponse;
import dev.beacon.api.polls.PollResponses.PollResultsResponse;
import dev.beacon.api.polls.PollResponses.VoteResponse;
import dev.beacon.api.profiles.ChannelActor.Subject;
import dev.beacon.api.profiles.Profile;
import dev.beacon.api.profiles.ProfileService;
import dev.beacon.api.shared.error.ProblemException;
import dev.beacon.api.sites.Site;
import dev.beacon.api.sites.SiteRepository;
import dev.beacon.api.sites.TextPolicy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;

/** Voting (people) and a person's own vote; definitions are in {@link PollDefinitionService}. One vote per person per poll is the database's rule. */
@ApplicationScoped
public class PollService {

    @Inject
    SiteRepository sites;

    @Inject
    ProfileService profiles;

    @Inject
    PollReader reader;

    @Inject
    Event<PollVoted> voted;

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    /** A person's vote: checked, then inserted once; a second vote of the same person finds the UNIQUE row and is refused. */
    @Transactional
    public VoteResponse vote(String siteSlug, long id, Subject subject, String requestedLocale, VoteRequest request) {
        Site site = sites.requireBySlug(siteSlug);
        Feature.polls.requireOn(site.settings.features());
        // A shared lock on the poll for the rest of the vote: an editor's change of the choices (which takes the
        // poll's row for update) happens wholly before or wholly after it, so a vote never names a choice being
        // removed, and a removal never misses a vote being counted.
        Poll poll = reader.require(site.id, id, LockModeType.PESSIMISTIC_READ);
        String locale = reader.servedLocale(site.id, id, site.localeChains().chainFor(requestedLocale), clock.instant())
                .orElseThrow(() -> ProblemException.notFound("Poll", id));
        Instant now = clock.instant();
        Poll.State state = poll.state(now);
        if (state != Poll.State.open) {
            throw ProblemException.notOpen(
                    state == Poll.State.upcoming
                            ? "The poll opens at " + poll.opensAt
                            : "The poll closed at " + poll.closesAt);
        }
        List<String> chosen = checkAnswer(
                site, poll, reader.choices(id).stream().map(c -> c.key).toList(), request);
        Profile profile = profiles.resolve(siteSlug, subject);
        @SuppressWarnings("unchecked")
        List<Object> inserted = em.createNativeQuery("""
                INSERT INTO poll_vote (poll_id, profile_id, locale, text_answer, number_answer, created_at)
                VALUES (:poll, :profile, :locale, :text, :number, :at)
                ON CONFLICT (poll_id, profile_id) DO NOTHING RETURNING id""")
                .setParameter("poll", id)
                .setParameter("profile", profile.id)
                .setParameter("locale", locale)
                .setParameter("text", poll.kind == Poll.Kind.text ? request.text() : null)
                .setParameter("number", poll.kind == Poll.Kind.number ? request.number() : null)
                .setParameter("at", OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
                .getResultList();
        if (inserted.isEmpty()) {
            throw ProblemException.alreadyDone("You have already voted in this poll");
        }
        long voteId = ((Number) inserted.get(0)).longValue();
        for (String key : chosen) {
            em.createNativeQuery(
                            "INSERT INTO poll_vote_choice (vote_id, poll_id, choice_key) VALUES (:vote, :poll, :key)")
                    .setParameter("vote", voteId)
                    .setParameter("poll", id)
                    .setParameter("key", key)
                    .executeUpdate();
        }
        voted.fire(new PollVoted(id)); // held results of this poll end when this commits
        PollResultsResponse results = poll.results == Poll.Results.afterVoting
                ? reader.results(List.of(poll), site.localeChains().chainFor(requestedLocale))
                        .get(poll.itemId)
                : null;
        return new VoteResponse(
                id,
                locale,
                chosen.isEmpty() ? null : chosen,
                poll.kind == Poll.Kind.text ? request.text() : null,
                poll.kind == Poll.Kind.number ? request.number() : null,
                now,
                results);
    }

    /** The answer fits the kind: choices that exist (as many as allowed), or a text the site allows, or a number. */
    private static List<String> checkAnswer(Site site, Poll poll, List<String> keys, VoteRequest r) {
        boolean hasChoices = r.choices() != null;
        boolean hasText = r.text() != null;
        boolean hasNumber = r.number() != null;
        switch (poll.kind) {
            case single, multiple -> {
                if (!hasChoices || hasText || hasNumber) {
                    throw ProblemException.invalid("choices", "this poll takes choices (and nothing else)");
                }
                return checkChoices(poll, keys, r.choices());
            }
            case text -> {
                if (!hasText || r.text().isBlank() || hasChoices || hasNumber) {
                    throw ProblemException.invalid("text", "this poll takes a text answer (and nothing else)");
                }
                TextPolicy.check(site.settings, "text", r.text());
                return List.of();
            }
            default -> {
                if (!hasNumber || hasChoices || hasText) {
                    throw ProblemException.invalid("number", "this poll takes a number (and nothing else)");
                }
                return List.of();
            }
        }
    }

    private static List<String> checkChoices(Poll poll, List<String> keys, List<String> choices) {
        for (int i = 0; i < choices.size(); i++) {
            if (!keys.contains(choices.get(i))) {
                throw ProblemException.invalid(
                        "choices[" + i + "]", "'" + choices.get(i) + "' is not one of this poll's choices");
            }
        }
        Set<String> distinct = new LinkedHashSet<>(choices);
        if (distinct.size() != choices.size()) {
            throw ProblemException.invalid("choices", "a choice is given twice");
        }
        if (poll.kind == Poll.Kind.single && choices.size() != 1) {
            throw ProblemException.invalid("choices", "choose exactly one");
        }
        int min = poll.minChoices == null ? 1 : poll.minChoices;
        if (poll.kind == Poll.Kind.multiple && choices.size() < min) {
            throw ProblemException.invalid("choices", "choose at least " + min);
        }
        if (poll.kind == Poll.Kind.multiple && poll.maxChoices != null && choices.size() > poll.maxChoices) {
            throw ProblemException.invalid("choices", "choose at most " + poll.maxChoices);
        }
        return new ArrayList<>(distinct);
    }

    /** The person's own view: their vote, their order of the choices, and the results when they may see them. */
    @Transactional
    public MyPollResponse mine(String siteSlug, long id, Subject subject, String requestedLocale) {
        Site site = sites.requireBySlug(siteSlug);
        Feature.polls.requireOn(site.settings.features());
        Poll poll = reader.require(site.id, id);
        Instant now = clock.instant();
        reader.servedLocale(site.id, id, site.localeChains().chainFor(requestedLocale), now)
                .orElseThrow(() -> ProblemException.notFound("Poll", id));
        Profile profile = profiles.resolve(siteSlug, subject);
        VoteResponse vote = reader.votesOf(profile.id, id).stream()
                .findFirst()
                .map(v ->
                        new VoteResponse(v.pollId(), v.locale(), v.choices(), v.text(), v.number(), v.votedAt(), null))
                .orElse(null);
        List<String> order =
                reader.choices(id).stream().map(c -> c.key).collect(Collectors.toCollection(ArrayList::new));
        if (poll.randomiseChoices) {
            // Stable per person and poll, so a person who comes back sees the same order on every channel.
            Collections.shuffle(order, new Random(31L * profile.id + id));
        }
        boolean shown = vote != null && poll.results == Poll.Results.afterVoting;
        PollResultsResponse results = shown
                ? reader.results(List.of(poll), site.localeChains().chainFor(requestedLocale))
                        .get(id)
                : null;
        return new MyPollResponse(id, poll.state(now), vote != null, vote, order, shown, results);
    }
}
