package dev.beacon.text;

import java.util.ArrayList;
import java.util.List;

/**
 * A text as words (runs of grapheme clusters that are not whitespace) and the strength of the whitespace before each
 * word. Tokenising by cluster keeps a combining mark after a space with its space, so no cut separates them.
 */
final class Tokens {

    static final int WORD = 1;
    static final int SENTENCE = 2;
    static final int LINE = 3;
    static final int PARAGRAPH = 4;

    private final List<int[]> words = new ArrayList<>(); // {start, end, strength of the separator before}

    private Tokens() {}

    static Tokens of(String text) {
        Tokens tokens = new Tokens();
        int[] b = Graphemes.boundaries(text);
        int wordStart = -1;
        int separatorStart = 0;
        for (int i = 0; i + 1 < b.length; i++) {
            boolean blank = text.substring(b[i], b[i + 1]).isBlank();
            if (!blank && wordStart < 0) {
                wordStart = b[i];
            } else if (blank && wordStart >= 0) {
                tokens.add(text, wordStart, b[i], separatorStart);
                wordStart = -1;
                separatorStart = b[i];
            }
        }
        if (wordStart >= 0) {
            tokens.add(text, wordStart, text.length(), separatorStart);
        }
        return tokens;
    }

    private void add(String text, int start, int end, int separatorStart) {
        int strength = words.isEmpty() ? PARAGRAPH : strength(text, separatorStart, start);
        words.add(new int[] {start, end, strength});
    }

    /** Strength of the whitespace [from, to), which follows the previous word. */
    private static int strength(String text, int from, int to) {
        int lineBreaks = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c == '\u2029') {
                return PARAGRAPH;
            }
            if (c == '\n' || c == '\u2028' || (c == '\r' && (i + 1 == to || text.charAt(i + 1) != '\n'))) {
                lineBreaks++;
            }
        }
        if (lineBreaks >= 2) {
            return PARAGRAPH;
        }
        if (lineBreaks == 1) {
            return LINE;
        }
        return endsSentence(text, from) ? SENTENCE : WORD;
    }

    /** Whether the word ending at {@code end} ends a sentence: . ! ? … (or CJK ones), maybe then closing quotes. */
    private static boolean endsSentence(String text, int end) {
        int i = end;
        while (i > 0 && ")]}\"'”’»".indexOf(text.charAt(i - 1)) >= 0) {
            i--;
        }
        return i > 0 && ".!?…。！？".indexOf(text.charAt(i - 1)) >= 0;
    }

    int size() {
        return words.size();
    }

    int start(int word) {
        return words.get(word)[0];
    }

    int end(int word) {
        return words.get(word)[1];
    }

    /** Strength of the whitespace before {@code word} (word > 0). */
    int separatorBefore(int word) {
        return words.get(word)[2];
    }
}
