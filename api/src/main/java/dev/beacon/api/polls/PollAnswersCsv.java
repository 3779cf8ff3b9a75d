package dev.beacon.api.polls;

import dev.beacon.api.sites.Site;
import dev.beacon.api.sites.SiteRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * The staff export of a poll's answers: RFC 4180 CSV, one row per answer, no profile ids (the export is for
 * analysis, not for finding people). Cells that a spreadsheet would run as a formula are defused with a quote.
 */
@ApplicationScoped
public class PollAnswersCsv {

    @Inject
    SiteRepository sites;

    @Inject
    PollReader reader;

    @Transactional(TxType.SUPPORTS)
    public String export(String siteSlug, long id) {
        Site site = sites.requireBySlug(siteSlug);
        Poll poll = reader.require(site.id, id);
        List<PollChoice> choices = reader.choices(id);
        List<String> header = new ArrayList<>(List.of("answer", "answered_at", "locale"));
        if (poll.kind == Poll.Kind.multiple) {
            choices.forEach(c -> header.add(c.shortName)); // one 1/0 column per choice
        } else {
            header.add(poll.shortName);
        }
        StringBuilder out = new StringBuilder();
        row(out, header);
        int n = 0;
        for (PollReader.HeldVote v : reader.answers(id)) {
            List<String> cells = new ArrayList<>(List.of(Integer.toString(++n),
                    DateTimeFormatter.ISO_INSTANT.format(v.votedAt()), v.locale()));
            List<String> chosen = v.choices() == null ? List.of() : v.choices();
            switch (poll.kind) {
                case multiple -> choices.forEach(c -> cells.add(chosen.contains(c.key) ? "1" : "0"));
                case single -> cells.add(choices.stream().filter(c -> chosen.contains(c.key)).map(c -> c.shortName)
                        .findFirst().orElse(""));
                case text -> cells.add(v.text() == null ? "" : defuse(v.text()));
                default -> cells.add(v.number() == null ? "" : v.number().toPlainString());
            }
            row(out, cells);
        }
        return out.toString();
    }

    private static void row(StringBuilder out, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append(cell(cells.get(i)));
        }
        out.append("\r\n");
    }

    /** What people wrote is defused: a cell starting with = + - @ (or a tab/CR) gets a leading ', so no spreadsheet runs it. */
    static String defuse(String v) {
        return !v.isEmpty() && "=+-@\t\r".indexOf(v.charAt(0)) >= 0 ? "'" + v : v;
    }

    /** RFC 4180 quoting. Numbers, dates and short names are never defused: a negative number stays a number. */
    static String cell(String v) {
        if (v.indexOf(',') >= 0 || v.indexOf('"') >= 0 || v.indexOf('\n') >= 0 || v.indexOf('\r') >= 0) {
            v = '"' + v.replace("\"", "\"\"") + '"';
        }
        return v;
    }
}
