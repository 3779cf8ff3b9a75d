package dev.beacon.text;

/**
 * The "do not break" rules of UAX #29 (Unicode Text Segmentation, section 3.1.1) that Java 17's BreakIterator lacks.
 * Property tables are approximated by ranges that cover the characters in use (Java 17 has no Extended_Pictographic).
 */
final class GraphemeRules {

    private static final int ZWJ = 0x200D;

    private GraphemeRules() {}

    /** Whether the characters on either side of {@code index} (a code point boundary) belong to one cluster. */
    static boolean joins(String s, int index) {
        int before = s.codePointBefore(index);
        int after = s.codePointAt(index);
        if (before == '\r' && after == '\n') {
            return true; // GB3
        }
        if (isControl(before) || isControl(after)) {
            return false; // GB4, GB5
        }
        if (hangulJoins(before, after)) {
            return true; // GB6-GB8
        }
        if (isExtend(after) || after == ZWJ || Character.getType(after) == Character.COMBINING_SPACING_MARK) {
            return true; // GB9, GB9a
        }
        if (before == ZWJ && isPictographic(after)) {
            return pictographBeforeZwj(s, index - Character.charCount(before)); // GB11
        }
        if (isRegionalIndicator(before) && isRegionalIndicator(after)) {
            return regionalIndicatorsBefore(s, index) % 2 == 1; // GB12, GB13: pair them up from the left
        }
        return false;
    }

    /** GB11: an Extended_Pictographic, then any Extend, then the ZWJ that ends at {@code zwjStart}. */
    private static boolean pictographBeforeZwj(String s, int zwjStart) {
        int i = zwjStart;
        while (i > 0) {
            int cp = s.codePointBefore(i);
            if (isPictographic(cp)) {
                return true;
            }
            if (!isExtend(cp)) {
                return false;
            }
            i -= Character.charCount(cp);
        }
        return false;
    }

    private static int regionalIndicatorsBefore(String s, int index) {
        int count = 0;
        for (int i = index; i > 0; ) {
            int cp = s.codePointBefore(i);
            if (!isRegionalIndicator(cp)) {
                break;
            }
            count++;
            i -= Character.charCount(cp);
        }
        return count;
    }

    static boolean isControl(int cp) {
        if (cp == '\r' || cp == '\n') {
            return true;
        }
        int type = Character.getType(cp);
        return type == Character.CONTROL
                || type == Character.LINE_SEPARATOR
                || type == Character.PARAGRAPH_SEPARATOR
                || (type == Character.FORMAT && cp != ZWJ && cp != 0x200C && !isTag(cp));
    }

    /** Grapheme_Extend plus emoji modifiers: combining marks, variation selectors, ZWNJ, tags, skin tones. */
    static boolean isExtend(int cp) {
        int type = Character.getType(cp);
        return type == Character.NON_SPACING_MARK
                || type == Character.ENCLOSING_MARK
                || cp == 0x200C
                || (cp >= 0xFE00 && cp <= 0xFE0F)
                || (cp >= 0xE0100 && cp <= 0xE01EF)
                || isTag(cp)
                || isEmojiModifier(cp);
    }

    static boolean isEmojiModifier(int cp) {
        return cp >= 0x1F3FB && cp <= 0x1F3FF;
    }

    private static boolean isTag(int cp) {
        return cp >= 0xE0020 && cp <= 0xE007F;
    }

    static boolean isRegionalIndicator(int cp) {
        return cp >= 0x1F1E6 && cp <= 0x1F1FF;
    }

    /** Extended_Pictographic, by the blocks it covers (emoji data, Unicode 15). */
    static boolean isPictographic(int cp) {
        if (cp >= 0x1F000 && cp <= 0x1FAFF) {
            return !isRegionalIndicator(cp) && !isEmojiModifier(cp);
        }
        return cp == 0x00A9
                || cp == 0x00AE
                || cp == 0x203C
                || cp == 0x2049
                || cp == 0x2122
                || cp == 0x2139
                || (cp >= 0x2194 && cp <= 0x21AA)
                || (cp >= 0x231A && cp <= 0x23FF)
                || cp == 0x24C2
                || (cp >= 0x25AA && cp <= 0x25FE)
                || (cp >= 0x2600 && cp <= 0x27BF)
                || (cp >= 0x2934 && cp <= 0x2935)
                || (cp >= 0x2B05 && cp <= 0x2B55)
                || cp == 0x3030
                || cp == 0x303D
                || cp == 0x3297
                || cp == 0x3299
                || (cp >= 0x1FC00 && cp <= 0x1FFFD);
    }

    // Hangul jamo: L, V, T and precomposed LV / LVT syllables (GB6: L x (L|V|LV|LVT), GB7: (LV|V) x (V|T),
    // GB8: (LVT|T) x T).
    private static boolean hangulJoins(int before, int after) {
        if (isL(before)) {
            return isL(after) || isV(after) || isSyllable(after);
        }
        if (isV(before) || isLV(before)) {
            return isV(after) || isT(after);
        }
        if (isT(before) || isLVT(before)) {
            return isT(after);
        }
        return false;
    }

    private static boolean isL(int cp) {
        return (cp >= 0x1100 && cp <= 0x115F) || (cp >= 0xA960 && cp <= 0xA97C);
    }

    private static boolean isV(int cp) {
        return (cp >= 0x1160 && cp <= 0x11A7) || (cp >= 0xD7B0 && cp <= 0xD7C6);
    }

    private static boolean isT(int cp) {
        return (cp >= 0x11A8 && cp <= 0x11FF) || (cp >= 0xD7CB && cp <= 0xD7FB);
    }

    private static boolean isSyllable(int cp) {
        return cp >= 0xAC00 && cp <= 0xD7A3;
    }

    private static boolean isLV(int cp) {
        return isSyllable(cp) && (cp - 0xAC00) % 28 == 0;
    }

    private static boolean isLVT(int cp) {
        return isSyllable(cp) && (cp - 0xAC00) % 28 != 0;
    }
}
