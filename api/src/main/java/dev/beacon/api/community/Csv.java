package dev.beacon.api.community;

import jakarta.ws.rs.core.StreamingOutput;
import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Function;
import java.util.function.ToLongFunction;
import java.util.stream.Collectors;

/**
 * RFC 4180 CSV records (CRLF after each) for the staff exports of what people wrote. Which cells are defused is
 * each export's choice: what people wrote is, a number the API parsed is not ({@code -5} must stay a number).
 */
public final class Csv {

    public static final String CRLF = "\r\n";

    /** Rows read per query while an export streams. */
    public static final int PAGE = 500;

    /** Reads the page of rows whose id is greater than {@code afterId}, ordered by id, at most {@link #PAGE}. */
    @FunctionalInterface
    public interface PageAfter<R> {
        List<R> after(long afterId);
    }

    /**
     * An export written while it is read, page by page by row id (keyset, not offset): a poll with millions of
     * answers never sits in memory, and a row written after the export started is either in it once or not at all.
     */
    public static <R> StreamingOutput paged(
            String header, PageAfter<R> rows, ToLongFunction<R> idOf, Function<R, String> line) {
        return out -> {
            Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
            writer.write(header);
            long after = 0;
            List<R> page;
            do {
                page = rows.after(after);
                for (R row : page) {
                    writer.write(line.apply(row));
                    after = idOf.applyAsLong(row);
                }
            } while (page.size() == PAGE);
            writer.flush();
        };
    }

    private Csv() {}

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
