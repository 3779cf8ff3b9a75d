package dev.beacon.api.polls;

import dev.beacon.api.content.ContentItem;
import dev.beacon.api.content.ContentType;
import dev.beacon.api.polls.PollRequests.ChoiceRequest;
import dev.beacon.api.polls.PollRequests.PollDefinitionRequest;
import dev.beacon.api.polls.PollResponses.PollDefinitionResponse;
import dev.beacon.api.shared.cache.ChangeNotifier;
import dev.beacon.api.shared.error.ProblemException;
import dev.beacon.api.shared.http.Versions;
import dev.beacon.api.sites.Site;
import dev.beacon.api.sites.SiteRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Defining polls (editors): kind, window, results policy and choices, matched by key so votes keep their choice. */
@ApplicationScoped
public class PollDefinitionService {

    @Inject
    SiteRepository sites;

    @Inject
    PollReader reader;

    @Inject
    ChangeNotifier notifier;

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
        PollDefinitions.validate(request, choices);
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
        // Reopened (or never closed): poll.closed is told again when the new closing time passes.
        em.createNativeQuery(
                        "UPDATE poll SET closed_announced_at = NULL WHERE item_id = :id AND (closes_at IS NULL OR closes_at > :now)")
                .setParameter("id", id)
                .setParameter("now", java.sql.Timestamp.from(poll.updatedAt))
                .executeUpdate();
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
}
