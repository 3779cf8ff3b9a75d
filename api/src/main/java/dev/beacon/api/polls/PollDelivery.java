package dev.beacon.api.polls;

import dev.beacon.api.content.ContentType;
import dev.beacon.api.content.delivery.ContentDeliveryService;
import dev.beacon.api.content.delivery.DeliveryResponses.ContentResponse;
import dev.beacon.api.content.delivery.DeliveryResponses.ContentSummaryResponse;
import dev.beacon.api.polls.PollResponses.PollChoiceResponse;
import dev.beacon.api.polls.PollResponses.PollResponse;
import dev.beacon.api.polls.PollResponses.PollResultsResponse;
import dev.beacon.api.shared.cache.HeldCounts;
import dev.beacon.api.shared.cache.PublishedState;
import dev.beacon.api.shared.config.BeaconConfig;
import dev.beacon.api.shared.error.ProblemException;
import dev.beacon.api.sites.SiteDirectory.SiteView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Public reads of polls. Definitions are held in memory per site epoch (saving a definition ends the epoch),
 * so a cached delivery read costs no statement. Results are counted once and held for
 * {@code beacon.polls.results-max-age} (the {@code max-age} their responses carry anyway), or until a vote in
 * the poll commits on this replica: a poll read by thousands a second is counted a few times a second at most,
 * and a person who just voted sees their vote. Another replica's votes show within the max-age.
 */
@ApplicationScoped
public class PollDelivery {

    /** A poll definition as read in one epoch; the entities are detached and never changed. */
    public record Definition(long generation, Poll poll, List<PollChoice> choices) {}

    private final Map<Long, Definition> definitions = new ConcurrentHashMap<>();

    private final HeldCounts<PollResultsResponse> counted;

    @Inject
    PollDelivery(BeaconConfig config) {
        this.counted = new HeldCounts<>(config.polls().resultsMaxAge(), 20_000);
    }

    @Inject
    PollReader reader;

    @Inject
    ContentDeliveryService content;

    @Inject
    PublishedState state;

    @Inject
    Clock clock;

    /** The definition of a poll of this site (published or not: callers check that). */
    @Transactional(TxType.SUPPORTS)
    public Definition definition(SiteView site, long id) {
        long generation = state.epoch(site.id()).generation();
        Definition d = definitions.get(id);
        if (d == null || d.generation() != generation || d.poll().siteId != site.id()) {
            Poll poll = reader.require(site.id(), id);
            d = new Definition(generation, poll, reader.choices(id));
            remember(d);
        }
        return d;
    }

    /**
     * The definitions of these polls of the site, read in two statements for all that this epoch has not read yet;
     * an item whose editors have not defined its poll is absent.
     */
    @Transactional(TxType.SUPPORTS)
    public Map<Long, Definition> definitions(SiteView site, List<Long> ids) {
        long generation = state.epoch(site.id()).generation();
        Map<Long, Definition> found = new HashMap<>();
        List<Long> missing = new ArrayList<>();
        for (long id : ids) {
            Definition d = definitions.get(id);
            if (d == null || d.generation() != generation || d.poll().siteId != site.id()) {
                missing.add(id);
            } else {
                found.put(id, d);
            }
        }
        if (!missing.isEmpty()) {
            Map<Long, List<PollChoice>> choices = reader.choices(missing);
            for (Poll poll : reader.polls(site.id(), missing)) {
                Definition d = new Definition(generation, poll, choices.getOrDefault(poll.itemId, List.of()));
                remember(d);
                found.put(poll.itemId, d);
            }
        }
        return found;
    }

    private void remember(Definition d) {
        if (definitions.size() > 10_000) {
            definitions.clear(); // a bound, not a policy: definitions are cheap to read again
        }
        definitions.put(d.poll().itemId, d);
    }

    /** The poll in the best published translation; not found unless a translation is live. */
    public PollResponse poll(SiteView site, long id, String requestedLocale) {
        Definition d = definition(site, id);
        ContentResponse item = content.get(site, id, requestedLocale);
        if (item.type() != ContentType.poll) {
            throw ProblemException.notFound("Poll", id);
        }
        return response(site, d, item.locale(), item.title(), requestedLocale);
    }

    /** A poll from a delivery list's summary of it (the list already chose the live translation). */
    public PollResponse poll(SiteView site, ContentSummaryResponse item, Definition d, String requestedLocale) {
        return response(site, d, item.locale(), item.title(), requestedLocale);
    }

    private PollResponse response(
            SiteView site, Definition d, String servedLocale, String question, String requestedLocale) {
        List<String> chain = site.locales().chainFor(requestedLocale);
        Poll p = d.poll();
        List<PollChoiceResponse> choices = d.choices().stream()
                .map(c -> new PollChoiceResponse(c.key, Labels.pick(c.labels, chain)))
                .toList();
        return new PollResponse(
                p.itemId,
                site.slug(),
                servedLocale,
                chain.get(0),
                question,
                p.kind,
                p.state(clock.instant()),
                p.randomiseChoices,
                p.results,
                p.resultsAs,
                p.opensAt,
                p.closesAt,
                p.minChoices,
                p.maxChoices,
                choices);
    }

    /** Public results of a published poll; a poll that never shows them answers not-found, saying so. */
    @Transactional(TxType.SUPPORTS)
    public PollResultsResponse results(SiteView site, long id, String requestedLocale) {
        Definition d = definition(site, id);
        List<String> chain = site.locales().chainFor(requestedLocale);
        reader.servedLocale(site.id(), id, chain, clock.instant())
                .orElseThrow(() -> ProblemException.notFound("Poll", id));
        if (d.poll().results == Poll.Results.never) {
            throw new ProblemException(
                    dev.beacon.api.shared.error.ProblemType.NOT_FOUND,
                    "Poll " + id + " never shows its results to the public");
        }
        return counted.get(
                id,
                String.join(",", chain),
                d.generation(),
                () -> reader.results(List.of(d.poll()), Map.of(id, d.choices()), chain)
                        .get(id));
    }

    /**
     * Public results of polls whose definitions were read in this epoch ({@link #definitions}), held or counted
     * together; a poll that never shows its results is absent.
     */
    @Transactional(TxType.SUPPORTS)
    public Map<Long, PollResultsResponse> results(SiteView site, Map<Long, Definition> defined, List<String> chain) {
        long generation = state.epoch(site.id()).generation();
        return counted.getAll(defined.keySet(), String.join(",", chain), generation, missing -> {
            Map<Long, List<PollChoice>> choices = new HashMap<>();
            missing.forEach(id -> choices.put(id, defined.get(id).choices()));
            return reader.results(
                    missing.stream().map(id -> defined.get(id).poll()).toList(), choices, chain);
        });
    }

    void onVote(@Observes(during = TransactionPhase.AFTER_SUCCESS) PollVoted vote) {
        counted.changed(vote.pollId());
    }

    /** When the poll's state next changes (opens or closes), so caches end there; null when it never will. */
    public Instant nextChange(Definition d) {
        return d.poll().nextChange(clock.instant());
    }
}
