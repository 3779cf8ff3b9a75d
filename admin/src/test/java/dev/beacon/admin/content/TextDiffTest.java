package dev.beacon.admin.content;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class TextDiffTest {

    @Test
    void aChangedLineMarksOnlyTheWordsThatChanged() {
        List<TextDiff.Row> rows = TextDiff.lines(
                List.of("Title: Exam tips", "Paragraph: Sleep eight hours and eat breakfast.", "List:"),
                List.of("Title: Exam tips", "Paragraph: Sleep nine hours and eat breakfast.", "List:", "• Plan"));
        assertEquals(
                List.of("same", "changed", "same", "added"),
                rows.stream().map(TextDiff.Row::kind).toList());
        TextDiff.Row changed = rows.get(1);
        assertEquals(
                List.of(
                        new TextDiff.Span("Paragraph: Sleep ", false),
                        new TextDiff.Span("eight", true),
                        new TextDiff.Span(" hours and eat breakfast.", false)),
                changed.left());
        assertEquals(new TextDiff.Span("nine", true), changed.right().get(1));
        assertEquals(null, rows.get(3).left());
    }

    @Test
    void aRemovedLineStandsAloneOnTheLeft() {
        List<TextDiff.Row> rows = TextDiff.lines(List.of("a", "b", "c"), List.of("a", "c"));
        assertEquals(
                List.of("same", "removed", "same"),
                rows.stream().map(TextDiff.Row::kind).toList());
        assertEquals(null, rows.get(1).right());
    }

    /** Seeded samples: each side of the table, read back, is exactly that revision, and equal texts have no change. */
    @Test
    void eachSideReadsBackAsItsTextForSeededSamples() {
        Random random = new Random(13);
        String[] words = {"sleep", "eat", "plan", "  ", "exam", "ção", "😀", "a", "b"};
        for (int sample = 0; sample < 500; sample++) {
            List<String> left = text(random, words);
            List<String> right = random.nextInt(4) == 0 ? left : mutate(random, left, words);
            List<TextDiff.Row> rows = TextDiff.lines(left, right);
            assertEquals(left, side(rows, true), "sample " + sample);
            assertEquals(right, side(rows, false), "sample " + sample);
            if (left.equals(right)) {
                assertEquals(0, rows.stream().filter(r -> !r.same()).count());
            }
        }
    }

    private static List<String> side(List<TextDiff.Row> rows, boolean left) {
        List<String> lines = new ArrayList<>();
        for (TextDiff.Row row : rows) {
            List<TextDiff.Span> spans = left ? row.left() : row.right();
            if (spans != null) {
                lines.add(spans.stream().map(TextDiff.Span::text).collect(Collectors.joining()));
            }
        }
        return lines;
    }

    private static List<String> text(Random random, String[] words) {
        List<String> lines = new ArrayList<>();
        for (int i = random.nextInt(8); i > 0; i--) {
            lines.add(line(random, words));
        }
        return lines;
    }

    private static String line(Random random, String[] words) {
        StringBuilder line = new StringBuilder();
        for (int i = random.nextInt(6); i > 0; i--) {
            line.append(words[random.nextInt(words.length)]).append(random.nextBoolean() ? " " : "");
        }
        return line.toString();
    }

    private static List<String> mutate(Random random, List<String> lines, String[] words) {
        List<String> changed = new ArrayList<>(lines);
        for (int i = random.nextInt(4); i >= 0; i--) {
            int at = changed.isEmpty() ? 0 : random.nextInt(changed.size() + 1);
            switch (random.nextInt(3)) {
                case 0 -> changed.add(at, line(random, words));
                case 1 -> {
                    if (at < changed.size()) {
                        changed.remove(at);
                    }
                }
                default -> {
                    if (at < changed.size()) {
                        changed.set(at, changed.get(at) + " " + words[random.nextInt(words.length)]);
                    }
                }
            }
        }
        return changed;
    }
}
