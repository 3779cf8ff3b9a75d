package dev.beacon.api.polls;

import dev.beacon.api.community.Csv;
import dev.beacon.api.sites.Site;
import dev.beacon.api.sites.SiteRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import jakarta.ws.rs.core.StreamingOutput;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The staff export of a poll's answers: RFC 4180 CSV, one row per answer, no profile ids (the export is for
 * analysis, not for finding people). Only what people wrote is defused: numbers, dates and short names are
 * never, so a negative number stays a number.
 */
@ApplicationScoped
public class PollAnswersCsv {

    @Inject
    SiteRepository sites;

    @Inject
    PollReader reader;

    /** The export of a poll of this site, written while it is read; a poll of another site is not found. */
    @Transactional(TxType.SUPPORTS)
    public StreamingOutput export(String siteSlug, long id) {
        Site site = sites.requireBySlug(siteSlug);
        Poll poll = reader.require(site.id, id);
        List<PollChoice> choices = reader.choices(id);
        List<String> header = new ArrayList<>(List.of("answer", "answered_at", "locale"));
        if (poll.kind == Poll.Kind.multiple) {
            choices.forEach(c -> header.add(c.shortName)); // one 1/0 column per choice
        } else {
            header.add(poll.shortName);
        }
        Poll.Kind kind = poll.kind;
        AtomicInteger n = new AtomicInteger();
        return Csv.paged(Csv.line(header), after -> page(id, after), PollReader.HeldVote::id, v -> {
            List<String> cells = new ArrayList<>(List.of(
                    Integer.toString(n.incrementAndGet()),
                    DateTimeFormatter.ISO_INSTANT.format(v.votedAt()),
                    v.locale()));
            List<String> chosen = v.choices() == null ? List.of() : v.choices();
            switch (kind) {
                case multiple -> choices.forEach(c -> cells.add(chosen.contains(c.key) ? "1" : "0"));
                case single ->
                    cells.add(choices.stream()
                            .filter(c -> chosen.contains(c.key))
                            .map(c -> c.shortName)
                            .findFirst()
                            .orElse(""));
                case text -> cells.add(v.text() == null ? "" : Csv.defuse(v.text()));
                default -> cells.add(v.number() == null ? "" : v.number().toPlainString());
            }
            return Csv.line(cells);
        });
    }

    @Transactional(TxType.SUPPORTS)
    List<PollReader.HeldVote> page(long pollId, long afterId) {
        return reader.answers(pollId, afterId, Csv.PAGE);
    }
}
