package dev.beacon.api.polls;

import dev.beacon.api.content.PublishedContent;
import dev.beacon.api.polls.PollResponses.ChoiceResultResponse;
import dev.beacon.api.polls.PollResponses.NumberSummaryResponse;
import dev.beacon.api.polls.PollResponses.PollResultsResponse;
import dev.beacon.api.polls.PollResponses.VoteExportResponse;
import dev.beacon.api.shared.db.SqlValues;
import dev.beacon.api.shared.error.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reads of polls, their choices and their counts; results of many polls cost a fixed number of statements. */
@ApplicationScoped
@Transactional(TxType.SUPPORTS)
public class PollReader {

    /** Votes of a person (or of a poll), as held. */
    record HeldVote(
            long id,
            long pollId,
            String locale,
            List<String> choices,
            String text,
            BigDecimal number,
            Instant votedAt) {

        VoteExportResponse export() {
            return new VoteExportResponse(pollId, locale, choices, text, number, votedAt);
        }
    }

    @Inject
    EntityManager em;

    @Inject
    PublishedContent published;

    /** The poll of an item of this site; an item of another site is not found. */
    public Poll require(long siteId, long id) {
        return require(siteId, id, LockModeType.NONE);
    }

    /** The poll, its row locked as asked until the transaction ends. */
    Poll require(long siteId, long id, LockModeType lock) {
        Poll poll = em.find(Poll.class, id, lock);
        if (poll == null || poll.siteId != siteId) {
            throw ProblemException.notFound("Poll", id);
        }
        return poll;
    }

    public List<Poll> polls(long siteId, List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return em.createQuery("from Poll p where p.siteId = :site and p.itemId in :ids", Poll.class)
                .setParameter("site", siteId)
                .setParameter("ids", ids)
                .getResultList();
    }

    public List<PollChoice> choices(long pollId) {
        return choices(List.of(pollId)).getOrDefault(pollId, List.of());
    }

    public Map<Long, List<PollChoice>> choices(List<Long> pollIds) {
        Map<Long, List<PollChoice>> result = new HashMap<>();
        if (!pollIds.isEmpty()) {
            em.createQuery("from PollChoice c where c.pollId in :ids order by c.pollId, c.position", PollChoice.class)
                    .setParameter("ids", pollIds)
                    .getResultList()
                    .forEach(c -> result.computeIfAbsent(c.pollId, k -> new ArrayList<>())
                            .add(c));
        }
        return result;
    }

    public long voteCount(long pollId) {
        return ((Number) em.createNativeQuery("SELECT count(*) FROM poll_vote WHERE poll_id = :p")
                        .setParameter("p", pollId)
                        .getSingleResult())
                .longValue();
    }

    /** The locale of the best live translation in the chain, or empty when no translation of the item is live. */
    public Optional<String> servedLocale(long siteId, long itemId, List<String> chain, Instant now) {
        List<String> live = published.liveLocales(siteId, itemId, now);
        return chain.stream().filter(live::contains).findFirst();
    }

    /**
     * Results of many polls in two statements. Polls whose results are never shown are left out: whoever asks
     * decides whether that is an error (REST) or a null (GraphQL).
     */
    public Map<Long, PollResultsResponse> results(List<Poll> polls, List<String> chain) {
        return results(polls, choices(polls.stream().map(p -> p.itemId).toList()), chain);
    }

    public Map<Long, PollResultsResponse> results(
            List<Poll> polls, Map<Long, List<PollChoice>> choices, List<String> chain) {
        List<Long> ids = polls.stream()
                .filter(p -> p.results != Poll.Results.never)
                .map(p -> p.itemId)
                .toList();
        Map<Long, PollResultsResponse> result = new LinkedHashMap<>();
        if (ids.isEmpty()) {
            return result;
        }
        Map<Long, Object[]> totals = new HashMap<>();
        @SuppressWarnings("unchecked")
        List<Object[]> totalRows =
                em.createNativeQuery("""
                SELECT poll_id, count(*), min(number_answer), max(number_answer), avg(number_answer)
                FROM poll_vote WHERE poll_id IN (:ids) GROUP BY poll_id""").setParameter("ids", ids).getResultList();
        totalRows.forEach(r -> totals.put(((Number) r[0]).longValue(), r));
        Map<String, Long> counts = new HashMap<>();
        @SuppressWarnings("unchecked")
        List<Object[]> countRows =
                em.createNativeQuery("""
                SELECT poll_id, choice_key, count(*) FROM poll_vote_choice WHERE poll_id IN (:ids) GROUP BY poll_id, choice_key""").setParameter("ids", ids).getResultList();
        countRows.forEach(r -> counts.put(((Number) r[0]).longValue() + "|" + r[1], ((Number) r[2]).longValue()));
        for (Poll p : polls) {
            if (p.results == Poll.Results.never) {
                continue;
            }
            Object[] t = totals.get(p.itemId);
            long total = t == null ? 0 : ((Number) t[1]).longValue();
            List<ChoiceResultResponse> perChoice = null;
            if (p.kind.hasChoices()) {
                perChoice = choices.getOrDefault(p.itemId, List.of()).stream()
                        .map(c -> {
                            long n = counts.getOrDefault(p.itemId + "|" + c.key, 0L);
                            String label = Labels.pick(c.labels, chain);
                            return p.resultsAs == Poll.ResultsAs.counts
                                    ? new ChoiceResultResponse(c.key, label, n, null)
                                    : new ChoiceResultResponse(c.key, label, null, percentage(n, total));
                        })
                        .toList();
            }
            NumberSummaryResponse numbers = null;
            if (p.kind == Poll.Kind.number && total > 0) {
                numbers = new NumberSummaryResponse(
                        plain(SqlValues.decimal(t[2])),
                        plain(SqlValues.decimal(t[3])),
                        plain(SqlValues.decimal(t[4]).setScale(2, RoundingMode.HALF_UP)));
            }
            result.put(p.itemId, new PollResultsResponse(p.itemId, p.kind, p.resultsAs, total, perChoice, numbers));
        }
        return result;
    }

    /** A person's votes: of one poll, or of every poll when {@code pollId} is null. */
    List<HeldVote> votesOf(long profileId, Long pollId) {
        String sql = """
                SELECT v.id, v.poll_id, v.locale, v.text_answer, v.number_answer, v.created_at,
                       array_to_string(array_remove(array_agg(c.choice_key ORDER BY c.choice_key), NULL), ',')
                FROM poll_vote v LEFT JOIN poll_vote_choice c ON c.vote_id = v.id
                WHERE v.profile_id = :profile""" + (pollId == null ? "" : " AND v.poll_id = :poll") + " GROUP BY v.id ORDER BY v.id";
        var query = em.createNativeQuery(sql).setParameter("profile", profileId);
        if (pollId != null) {
            query.setParameter("poll", pollId);
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        return rows.stream().map(PollReader::held).toList();
    }

    /** A page of a poll's answers after the vote {@code afterId}, oldest first, for the staff export. */
    List<HeldVote> answers(long pollId, long afterId, int limit) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                SELECT v.id, v.poll_id, v.locale, v.text_answer, v.number_answer, v.created_at,
                       array_to_string(array_remove(array_agg(c.choice_key ORDER BY c.choice_key), NULL), ',')
                FROM poll_vote v LEFT JOIN poll_vote_choice c ON c.vote_id = v.id
                WHERE v.poll_id = :poll AND v.id > :after GROUP BY v.id ORDER BY v.id LIMIT :limit""")
                .setParameter("poll", pollId)
                .setParameter("after", afterId)
                .setParameter("limit", limit)
                .getResultList();
        return rows.stream().map(PollReader::held).toList();
    }

    private static HeldVote held(Object[] r) {
        String keys = (String) r[6];
        List<String> choices = keys == null || keys.isEmpty() ? null : Arrays.asList(keys.split(","));
        return new HeldVote(
                ((Number) r[0]).longValue(),
                ((Number) r[1]).longValue(),
                (String) r[2],
                choices,
                (String) r[3],
                r[4] == null ? null : plain(SqlValues.decimal(r[4])),
                SqlValues.instant(r[5]));
    }

    private static Double percentage(long n, long total) {
        return total == 0
                ? 0.0
                : BigDecimal.valueOf(n * 100.0 / total)
                        .setScale(1, RoundingMode.HALF_UP)
                        .doubleValue();
    }

    /** 12, not 1.2E+1 nor 12.000000: numbers as people wrote them. */
    static BigDecimal plain(BigDecimal d) {
        BigDecimal s = d.stripTrailingZeros();
        return s.scale() < 0 ? s.setScale(0) : s;
    }
}
