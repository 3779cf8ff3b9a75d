package dev.beacon.admin.content;

import io.quarkus.qute.TemplateData;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A side-by-side diff of two texts given as lines: lines matched by their longest common subsequence, and a changed
 * line (a removed line facing an added one) diffed again word by word, so the reader sees which words changed.
 * Revisions are short (a title, a few fields and some blocks), so the quadratic table is small.
 */
public final class TextDiff {

    private static final Pattern WORD = Pattern.compile("\\s+|[^\\s]+");

    /** A piece of a line: unchanged, or changed on its side (removed on the left, added on the right). */
    @TemplateData
    public record Span(String text, boolean changed) {}

    /** One row of the side-by-side table; a side is empty ({@code null}) where the other side has a line alone. */
    @TemplateData
    public record Row(String kind, List<Span> left, List<Span> right) {

        public boolean same() {
            return kind.equals("same");
        }
    }

    private TextDiff() {}

    public static List<Row> lines(List<String> left, List<String> right) {
        List<Row> rows = new ArrayList<>();
        List<String> removed = new ArrayList<>();
        List<String> added = new ArrayList<>();
        for (Op op : lcs(left, right)) {
            if (op.kind == 0) {
                flush(rows, removed, added);
                rows.add(new Row("same", List.of(new Span(op.text, false)), List.of(new Span(op.text, false))));
            } else if (op.kind < 0) {
                removed.add(op.text);
            } else {
                added.add(op.text);
            }
        }
        flush(rows, removed, added);
        return rows;
    }

    /** The runs of removed and added lines between two unchanged ones: paired line by line, the rest alone. */
    private static void flush(List<Row> rows, List<String> removed, List<String> added) {
        int paired = Math.min(removed.size(), added.size());
        for (int i = 0; i < paired; i++) {
            List<List<Span>> words = words(removed.get(i), added.get(i));
            rows.add(new Row("changed", words.get(0), words.get(1)));
        }
        for (int i = paired; i < removed.size(); i++) {
            rows.add(new Row("removed", List.of(new Span(removed.get(i), true)), null));
        }
        for (int i = paired; i < added.size(); i++) {
            rows.add(new Row("added", null, List.of(new Span(added.get(i), true))));
        }
        removed.clear();
        added.clear();
    }

    /** Both sides of one changed line, word by word (whitespace runs count as words, so the text is kept as is). */
    static List<List<Span>> words(String left, String right) {
        List<Span> l = new ArrayList<>();
        List<Span> r = new ArrayList<>();
        for (Op op : lcs(tokens(left), tokens(right))) {
            if (op.kind <= 0) {
                append(l, op.text, op.kind < 0);
            }
            if (op.kind >= 0) {
                append(r, op.text, op.kind > 0);
            }
        }
        return List.of(l, r);
    }

    private static void append(List<Span> spans, String text, boolean changed) {
        if (!spans.isEmpty() && spans.get(spans.size() - 1).changed() == changed) {
            Span last = spans.remove(spans.size() - 1);
            spans.add(new Span(last.text() + text, changed));
        } else {
            spans.add(new Span(text, changed));
        }
    }

    private static List<String> tokens(String line) {
        List<String> tokens = new ArrayList<>();
        Matcher m = WORD.matcher(line);
        while (m.find()) {
            tokens.add(m.group());
        }
        return tokens;
    }

    private record Op(int kind, String text) {}

    /** The edit script from {@code a} to {@code b}: -1 removed from a, +1 added from b, 0 in both. */
    private static List<Op> lcs(List<String> a, List<String> b) {
        int n = a.size();
        int m = b.size();
        int[][] common = new int[n + 1][m + 1];
        for (int i = n - 1; i >= 0; i--) {
            for (int j = m - 1; j >= 0; j--) {
                common[i][j] = a.get(i).equals(b.get(j))
                        ? common[i + 1][j + 1] + 1
                        : Math.max(common[i + 1][j], common[i][j + 1]);
            }
        }
        List<Op> ops = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < n && j < m) {
            if (a.get(i).equals(b.get(j))) {
                ops.add(new Op(0, a.get(i)));
                i++;
                j++;
            } else if (common[i + 1][j] >= common[i][j + 1]) {
                ops.add(new Op(-1, a.get(i++)));
            } else {
                ops.add(new Op(1, b.get(j++)));
            }
        }
        while (i < n) {
            ops.add(new Op(-1, a.get(i++)));
        }
        while (j < m) {
            ops.add(new Op(1, b.get(j++)));
        }
        return ops;
    }
}
