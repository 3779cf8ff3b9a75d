package dev.beacon.api.stories;

import dev.beacon.api.stories.CompetitionService.Authored;
import java.util.List;

/**
 * Entries as CSV (RFC 4180: every field quoted, quotes doubled, CRLF between records). A cell that a spreadsheet
 * would run as a formula (starting with = + - @, or a tab or carriage return) gets a leading apostrophe.
 */
final class EntryCsv {

    private static final List<String> HEADER = List.of("id", "submitted", "state", "alias", "real name", "real name public",
            "title", "text");

    private EntryCsv() {
    }

    static String write(List<Authored> entries) {
        StringBuilder sb = new StringBuilder();
        row(sb, HEADER);
        for (Authored a : entries) {
            StoryEntry e = a.entry();
            row(sb, List.of(e.id.toString(), e.submittedAt.toString(), e.state.name(), nullToEmpty(a.alias()),
                    nullToEmpty(e.realName), e.realName == null || e.hideRealName ? "no" : "yes", e.title, e.text));
        }
        return sb.toString();
    }

    private static void row(StringBuilder sb, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                sb.append(',');
            }
            sb.append('"').append(safe(cells.get(i)).replace("\"", "\"\"")).append('"');
        }
        sb.append("\r\n");
    }

    static String safe(String cell) {
        if (!cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0) {
            return "'" + cell;
        }
        return cell;
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
