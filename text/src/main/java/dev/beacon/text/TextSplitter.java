package dev.beacon.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a text into parts that each fit a limit, cutting at the strongest boundary that works: between paragraphs
 * (a blank line), then lines, then sentences, then words. A word (anything between whitespace, so a URL too) is never
 * cut, unless it alone exceeds the limit; then it is cut between grapheme clusters, never inside one.
 *
 * <p>The rule that makes the result checkable: the parts of {@link #split} appear in the text in order, and what lies
 * between them (and before the first, after the last) is whitespace only: exactly the whitespace dropped at each cut.
 * {@link #splitKeepingSeparators} returns the same parts with that whitespace kept, so their concatenation equals the
 * text. Limits apply to the parts of {@link #split}.
 */
public final class TextSplitter {

    private TextSplitter() {}

    /**
     * The parts of {@code text}, each within {@code limit} by {@code measure}, none empty, without the whitespace at the
     * cuts; an empty list for blank text.
     *
     * @throws IllegalArgumentException if {@code limit} is below 1 or a single grapheme cluster does not fit it
     */
    public static List<String> split(String text, int limit, Measure measure) {
        List<String> parts = new ArrayList<>();
        for (int[] span : spans(text, limit, measure)) {
            parts.add(text.substring(span[0], span[1]));
        }
        return parts;
    }

    /**
     * The same parts as {@link #split}, with the whitespace dropped at each cut kept at the end of the part before it
     * (and any leading whitespace at the start of the first part): joined, they give {@code text} back exactly. Empty
     * list for blank text.
     */
    public static List<String> splitKeepingSeparators(String text, int limit, Measure measure) {
        List<int[]> spans = spans(text, limit, measure);
        List<String> parts = new ArrayList<>(spans.size());
        for (int i = 0; i < spans.size(); i++) {
            int start = i == 0 ? 0 : spans.get(i)[0];
            int end = i + 1 == spans.size() ? text.length() : spans.get(i + 1)[0];
            parts.add(text.substring(start, end));
        }
        return parts;
    }

    /**
     * {@code text} shortened to fit {@code limit}, for titles and labels: unchanged (but stripped) when it fits,
     * otherwise cut after the last whole word that leaves room for an ellipsis ({@code …}, or {@code ...} when what is
     * kept is GSM-7, so that an SMS does not switch to UCS-2), or between grapheme clusters when even the first word is
     * too long. The result always fits {@code limit} by {@code measure}, ellipsis included.
     *
     * @throws IllegalArgumentException if {@code limit} cannot hold the ellipsis
     */
    public static String shorten(String text, int limit, Measure measure) {
        String stripped = text.strip();
        if (measure.length(stripped) <= limit) {
            return stripped;
        }
        int[] bounds = Graphemes.boundaries(stripped);
        String lastFit = null; // longest shortening cut at a grapheme boundary that fits
        String lastWordEnd = null; // longest shortening cut at a word end that fits
        for (int i = 1; i < bounds.length; i++) {
            String prefix = stripped.substring(0, bounds[i]);
            if (measure.length(prefix) > limit) {
                break; // longer prefixes only grow
            }
            // The ellipsis is chosen for what is kept: a GSM-7 start keeps a GSM-7 "...", so an SMS or USSD screen
            // does not switch to UCS-2 because the cut-off rest of the text needed it.
            String shortened = prefix.strip() + (Gsm7.isEncodable(prefix) ? "..." : "…");
            if (measure.length(shortened) > limit) {
                continue;
            }
            lastFit = shortened;
            if (i + 1 < bounds.length
                    && stripped.substring(bounds[i], bounds[i + 1]).isBlank()) {
                lastWordEnd = shortened;
            }
        }
        String cut = lastWordEnd != null ? lastWordEnd : lastFit;
        if (cut == null) {
            throw new IllegalArgumentException("limit " + limit + " cannot hold an ellipsis");
        }
        return cut;
    }

    /** The [start, end) of each part in {@code text}. */
    static List<int[]> spans(String text, int limit, Measure measure) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1, was " + limit);
        }
        Tokens tokens = Tokens.of(text);
        List<int[]> spans = new ArrayList<>();
        if (tokens.size() > 0) {
            new Packer(text, tokens, limit, measure, spans).pack(0, tokens.size(), Tokens.PARAGRAPH);
        }
        return spans;
    }

    /**
     * Greedy packing of words [from, to) at one boundary strength, recursing into pieces that do not fit. A group is
     * held as its start offset, so the tail of a word cut at level {@link Tokens#WORD} can share a part with the words
     * after it.
     */
    private record Packer(String text, Tokens tokens, int limit, Measure measure, List<int[]> out) {

        void pack(int from, int to, int level) {
            if (fits(tokens.start(from), to)) {
                out.add(new int[] {tokens.start(from), tokens.end(to - 1)});
                return;
            }
            int groupStart = -1; // offset where the open group starts, -1 when none
            int groupEnd = -1; // word after the open group
            int pieceStart = from;
            for (int w = from + 1; w <= to; w++) {
                if (w < to && tokens.separatorBefore(w) < level) {
                    continue; // still inside the piece
                }
                // [pieceStart, w) is one piece at this level: a paragraph, line, sentence or word
                if (groupStart >= 0 && fits(groupStart, w)) {
                    groupEnd = w;
                } else {
                    if (groupStart >= 0) {
                        out.add(new int[] {groupStart, tokens.end(groupEnd - 1)});
                        groupStart = -1;
                    }
                    if (fits(tokens.start(pieceStart), w)) {
                        groupStart = tokens.start(pieceStart);
                        groupEnd = w;
                    } else if (level == Tokens.WORD) {
                        groupStart = cutWord(tokens.start(pieceStart), tokens.end(pieceStart));
                        groupEnd = w;
                    } else {
                        pack(pieceStart, w, level - 1);
                    }
                }
                pieceStart = w;
            }
            if (groupStart >= 0) {
                out.add(new int[] {groupStart, tokens.end(groupEnd - 1)});
            }
        }

        /** Whether the text from offset {@code start} to the end of word {@code toWord - 1} fits. */
        private boolean fits(int start, int toWord) {
            return measure.length(text.substring(start, tokens.end(toWord - 1))) <= limit;
        }

        /**
         * Cuts the word [start, end) at grapheme boundaries into the longest pieces that fit; emits all but the last
         * and returns the offset where the last begins.
         */
        private int cutWord(int start, int end) {
            int[] bounds = Graphemes.boundaries(text.substring(start, end));
            int from = 0;
            while (from < bounds.length - 1) {
                int to = from + 1;
                if (measure.length(text.substring(start + bounds[from], start + bounds[to])) > limit) {
                    throw new IllegalArgumentException("limit " + limit + " is smaller than the grapheme cluster "
                            + text.substring(start + bounds[from], start + bounds[to]));
                }
                while (to + 1 < bounds.length
                        && measure.length(text.substring(start + bounds[from], start + bounds[to + 1])) <= limit) {
                    to++;
                }
                if (to + 1 == bounds.length) {
                    return start + bounds[from];
                }
                out.add(new int[] {start + bounds[from], start + bounds[to]});
                from = to;
            }
            throw new IllegalStateException("empty word at " + start);
        }
    }
}
