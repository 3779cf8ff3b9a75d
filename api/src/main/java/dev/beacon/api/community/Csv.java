package dev.beacon.api.community;

import java.util.List;
import java.util.stream.Collectors;

/**
 * RFC 4180 CSV records (CRLF after each) for the staff exports of what people wrote. Which cells are defused is
 * each export's choice: what people wrote is, a number the API parsed is not ({@code -5} must stay a number).
 */
public final class Csv {

    public static final String CRLF = "\r\n";

    private Csv() {
    }

    /** A cell a spreadsheet would run as a formula (starting with = + - @, tab or CR) gets a leading {@code '}. */
    public static String defuse(String cell) {
        if (!cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0) {
            return "'" + cell;
        }
        return cell;
    }

    /** One record; a cell is quoted only when it holds a comma, a quote or a line break. */
    public static String line(List<String> cells) {
        return cells.stream().map(Csv::quotedIfNeeded).collect(Collectors.joining(",")) + CRLF;
    }

    /** One record with every cell quoted. */
    public static String quotedLine(List<String> cells) {
        return cells.stream().map(Csv::quoted).collect(Collectors.joining(",")) + CRLF;
    }

    private static String quotedIfNeeded(String cell) {
        if (cell.contains(",") || cell.contains("\"") || cell.contains("\r") || cell.contains("\n")) {
            return quoted(cell);
        }
        return cell;
    }

    private static String quoted(String cell) {
        return '"' + cell.replace("\"", "\"\"") + '"';
    }
}
