package dev.beacon.api.polls;

import dev.beacon.api.community.Feature;
import dev.beacon.api.content.ContentItem;
import dev.beacon.api.content.ContentType;
import dev.beacon.api.polls.PollRequests.ChoiceRequest;
import dev.beacon.api.polls.PollRequests.PollDefinitionRequest;
import dev.beacon.api.polls.PollRequests.VoteRequest;
import dev.beacon.api.polls.PollResponses.MyPollResponse;
import dev.beacon.api.polls.PollResponses.PollDefinitionResponse;
import dev.beacon.api.polls.PollResponses.PollResultsResponse;
import dev.beacon.api.polls.PollResponses.VoteResponse;
import dev.beacon.api.profiles.ChannelActor.Subject;
import dev.beacon.api.profiles.Profile;
import dev.beacon.api.profiles.ProfileService;
import dev.beacon.api.shared.cache.ChangeNotifier;
import dev.beacon.api.shared.error.ProblemException;
import dev.beacon.api.shared.http.Versions;
import dev.beacon.api.sites.Site;
import dev.beacon.api.sites.SiteRepository;
import dev.beacon.api.sites.TextPolicy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Defining polls (editors) and voting (people). One vote per person per poll is the database's rule. */
@ApplicationScoped
public class PollService {

    @Inject
    SiteRepository sites;

    @Inject
    ProfileService profiles;

    @Inject
    PollReader reader;

    @Inject
    ChangeNotifier notifier;

    @Inject
    Event<PollVoted> voted;

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @Transactional(TxType.SUPPORTS)
    public PollDefinitionResponse definition(String siteSlug, long id) {
        Site site = sites.requireBySlug(siteSlug);
        Poll poll = reader.require(site.id, id);
        return PollDefinitionResponse.of(poll, reader.choices(poll.itemId));
    }

    /** Creates or replaces the definition. Choices are matched by key; dropping one that has votes is refused. */
    @Transactional
    public PollDefinitionResponse define(
            String siteSlug, long id, PollDefinitionRequest request, Long expectedVersion) {
        Site site = sites.requireBySlug(siteSlug);
        ContentItem item = em.find(ContentItem.class, id);
        if (item == null || item.siteId != site.id) {
            throw ProblemException.notFound("Poll", id);
        }
        if (item.type != ContentType.poll) {
            throw ProblemException.conflict(
                    "Item " + id + " is a " + item.type + "; only poll items take a poll definition");
        }
        List<ChoiceRequest> choices = request.choices() == null ? List.of() : request.choices();
        checkDefinition(request, choices);
        Poll poll = em.find(Poll.class, id, LockModeType.PESSIMISTIC_WRITE);
        boolean created = poll == null;
        if (created) {
            poll = new Poll();
            poll.itemId = id;
            poll.siteId = site.id;
        } else {
            Versions.check(expectedVersion != null ? expectedVersion : request.version(), poll.version);
            if (poll.kind != request.kind() && reader.voteCount(id) > 0) {
                throw ProblemException.conflict("The poll has votes; its kind can no longer change");
            }
        }
        poll.kind = request.kind();
        poll.randomiseChoices = Boolean.TRUE.equals(request.randomiseChoices());
        poll.results = request.results() == null ? Poll.Results.afterVoting : request.results();
        poll.resultsAs = request.resultsAs() == null ? Poll.ResultsAs.counts : request.resultsAs();
        poll.opensAt = request.opensAt();
        poll.closesAt = request.closesAt();
        poll.shortName = request.shortName();
        poll.minChoices = request.minChoices();
        poll.maxChoices = request.maxChoices();
        poll.updatedAt = clock.instant();
        if (created) {
            em.persist(poll);
        }
        em.flush();
        replaceChoices(poll, choices);
        em.flush();
        notifier.siteChanged(site.id); // cached deliveries of the poll end with this epoch
        return PollDefinitionResponse.of(poll, reader.choices(id));
    }

    private void replaceChoices(Poll poll, List<ChoiceRequest> wanted) {
        Map<String, PollChoice> existing =
                reader.choices(poll.itemId).stream().collect(Collectors.toMap(c -> c.key, Function.identity()));
        Set<String> kept = wanted.stream().map(ChoiceRequest::key).collect(Collectors.toSet());
        List<String> removed = existing.keySet().stream()
                .filter(k -> !kept.contains(k))
                .sorted()
                .toList();
        if (!removed.isEmpty()) {
            Number withVotes = (Number) em.createNativeQuery(
                            "SELECT count(*) FROM poll_vote_choice WHERE poll_id = :poll AND choice_key IN (:keys)")
                    .setParameter("poll", poll.itemId)
                    .setParameter("keys", removed)
                    .getSingleResult();
            if (withVotes.longValue() > 0) {
                throw ProblemException.conflict(
                        "Choices " + removed + " have votes and cannot be removed; keep them or make a new poll");
            }
            removed.forEach(k -> em.remove(existing.get(k)));
            em.flush();
        }
        for (int i = 0; i < wanted.size(); i++) {
            ChoiceRequest w = wanted.get(i);
            PollChoice c = existing.get(w.key());
            boolean added = c == null;
            if (added) {
                c = new PollChoice();
                c.pollId = poll.itemId;
                c.key = w.key();
            }
            c.position = i;
            c.shortName = w.shortName();
            c.labels = Map.copyOf(w.labels());
            if (added) {
                em.persist(c);
            }
        }
    }

    private static void checkDefinition(PollDefinitionRequest r, List<ChoiceRequest> choices) {
        if (r.opensAt() != null && r.closesAt() != null && !r.closesAt().isAfter(r.opensAt())) {
            throw ProblemException.invalid("closesAt", "must be after opensAt");
        }
        if (r.kind().hasChoices() && choices.size() < 2) {
            throw ProblemException.invalid("choices", "a " + r.kind() + " choice poll needs at least two choices");
        }
        if (!r.kind().hasChoices() && !choices.isEmpty()) {
            throw ProblemException.invalid("choices", "a " + r.kind() + " poll takes no choices");
        }
        if (r.kind() != Poll.Kind.multiple && (r.minChoices() != null || r.maxChoices() != null)) {
            throw ProblemException.invalid("minChoices", "only multiple choice polls take minChoices and maxChoices");
        }
        if (r.minChoices() != null && r.maxChoices() != null && r.maxChoices() < r.minChoices()) {
            throw ProblemException.invalid("maxChoices", "must not be less than minChoices");
        }
        if (r.maxChoices() != null && r.maxChoices() > choices.size()) {
            throw ProblemException.invalid("maxChoices", "must not be more than the number of choices");
        }
        if (r.minChoices() != null && r.minChoices() > choices.size()) {
            throw ProblemException.invalid("minChoices", "must not be more than the number of choices");
        }
        Set<String> keys = new HashSet<>();
        Set<String> names = new HashSet<>();
        for (int i = 0; i < choices.size(); i++) {
            if (!keys.add(choices.get(i).key())) {
                throw ProblemException.invalid(
                        "choices[" + i + "].key", "'" + choices.get(i).key() + "' is used twice");
            }
            if (!names.add(choices.get(i).shortName())) {
                throw ProblemException.invalid(
                        "choices[" + i + "].shortName", "'" + choices.get(i).shortName() + "' is used twice");
            }
        }
    }

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
