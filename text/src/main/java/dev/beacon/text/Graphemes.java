package dev.beacon.text;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;

/**
 * Grapheme clusters: what a reader sees as one character. Starts from {@link BreakIterator#getCharacterInstance()}
 * and removes the boundaries that Java 17's legacy rules put inside extended grapheme clusters (UAX #29): emoji ZWJ
 * sequences, regional-indicator pairs (flags), emoji modifiers (skin tones), variation selectors, keycaps, combining
 * marks and Hangul syllable sequences. On a JDK whose BreakIterator already follows UAX #29 the filter changes nothing.
 */
public final class Graphemes {

    private Graphemes() {}

    /** The number of grapheme clusters in {@code s}. */
    public static int count(CharSequence s) {
        return boundaries(s).length - 1;
    }

    /** The UTF-16 indices where clusters start, followed by {@code s.length()}; {@code [0]} for empty text. */
    public static int[] boundaries(CharSequence s) {
        String text = s.toString();
        BreakIterator it = BreakIterator.getCharacterInstance();
        it.setText(text);
        List<Integer> result = new ArrayList<>();
        result.add(0);
        for (int b = it.next(); b != BreakIterator.DONE; b = it.next()) {
            if (b == text.length() || !GraphemeRules.joins(text, b)) {
                result.add(b);
            }
        }
        return result.stream().mapToInt(Integer::intValue).toArray();
    }

    /** The clusters of {@code s}, in order; joined they give {@code s} back. */
    public static List<String> split(CharSequence s) {
        int[] b = boundaries(s);
        List<String> clusters = new ArrayList<>(b.length - 1);
        for (int i = 0; i + 1 < b.length; i++) {
            clusters.add(s.subSequence(b[i], b[i + 1]).toString());
        }
        return clusters;
    }

    /** Whether {@code index} (0…length) is a cluster boundary, i.e. text may be cut there. */
    public static boolean isBoundary(CharSequence s, int index) {
        if (index == 0 || index == s.length()) {
            return true;
        }
        for (int b : boundaries(s)) {
            if (b == index) {
                return true;
            }
        }
        return false;
    }

    /**
     * A safe cut: the largest cluster boundary not after {@code index}, so {@code s.subSequence(0, safeCut(s, i))}
     * never ends inside a cluster. Returns 0 when the first cluster is longer than {@code index}.
     */
    public static int safeCut(CharSequence s, int index) {
        if (index < 0 || index > s.length()) {
            throw new IndexOutOfBoundsException(index);
        }
        int cut = 0;
        for (int b : boundaries(s)) {
            if (b > index) {
                break;
            }
            cut = b;
        }
        return cut;
    }
}
