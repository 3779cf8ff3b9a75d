package dev.beacon.api.stories;

import dev.beacon.api.community.Csv;
import dev.beacon.api.stories.StoryEntryRepository.Authored;
import java.util.List;

/**
 * Entries as CSV (RFC 4180: every field quoted, quotes doubled, CRLF between records). A cell that a spreadsheet
 * would run as a formula (starting with = + - @, or a tab or carriage return) gets a leading apostrophe.
 */
final class EntryCsv {

    private static final List<String> HEADER =
            List.of("id", "submitted", "state", "alias", "real name", "real name public", "title", "text");

    private EntryCsv() {}

    static String header() {
        return Csv.quotedLine(HEADER);
    }

    static String line(Authored a) {
        StoryEntry e = a.entry();
        return row(List.of(
                e.id.toString(),
                e.submittedAt.toString(),
                e.state.name(),
                nullToEmpty(a.alias()),
                nullToEmpty(e.realName),
                e.realName == null || e.hideRealName ? "no" : "yes",
                e.title,
                e.text));
    }

    /** Every cell is defused: all of it may be what people wrote. */
    private static String row(List<String> cells) {
        return Csv.quotedLine(cells.stream().map(Csv::defuse).toList());
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
