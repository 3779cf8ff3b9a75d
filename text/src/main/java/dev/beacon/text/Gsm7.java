package dev.beacon.text;

/**
 * The GSM 03.38 (3GPP TS 23.038, section 6.2.1) default alphabet and its extension table. A character of the
 * extension table is sent as ESC plus the character, so it costs 2 septets.
 */
public final class Gsm7 {

    /** The 127 printable characters of the default alphabet, in table order (0x1B, the escape, is left out). */
    static final String BASIC = "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞ" + "ÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
            + "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà";

    /** Characters reached through the escape (form feed, ^ { } \ [ ~ ] | €): 2 septets each. */
    static final String EXTENSION = "\f^{}\\[~]|€";

    private Gsm7() {}

    /** The default alphabet's printable characters (1 septet each), for a client that counts as this class does. */
    public static String alphabet() {
        return BASIC;
    }

    /** The extension table's characters (2 septets each). */
    public static String extension() {
        return EXTENSION;
    }

    /** Whether every character of {@code s} is in the GSM-7 default alphabet or its extension table. */
    public static boolean isEncodable(CharSequence s) {
        for (int i = 0; i < s.length(); i++) {
            if (septets(s.charAt(i)) == 0) {
                return false;
            }
        }
        return true;
    }

    /**
     * The number of septets {@code s} takes in GSM-7.
     *
     * @throws IllegalArgumentException if a character is not in the GSM-7 alphabet (such text goes as UCS-2)
     */
    public static int septets(CharSequence s) {
        int total = 0;
        for (int i = 0; i < s.length(); i++) {
            int cost = septets(s.charAt(i));
            if (cost == 0) {
                throw new IllegalArgumentException(
                        "not GSM-7: U+%04X at index %d".formatted(Character.codePointAt(s, i), i));
            }
            total += cost;
        }
        return total;
    }

    /**
     * {@code s} written with GSM-7 characters only, for a channel where one other character would make the whole
     * text UCS-2 (USSD: 80 instead of 182 characters a screen; SMS: 70 instead of 160 a part). Accented letters lose
     * the accents GSM-7 lacks ({@code ã → a}, {@code ç → c}, {@code ú → u}; {@code é}, {@code à}, {@code ñ} stay),
     * typographic quotes, dashes, ellipses and spaces become their plain forms, ligatures and a few letters are spelt
     * out ({@code œ → oe}, {@code ł → l}); anything left (emoji, other scripts) is dropped with the spaces around it
     * collapsed. GSM-7 text comes back unchanged.
     */
    public static String transliterate(CharSequence s) {
        if (isEncodable(s)) {
            return s.toString();
        }
        StringBuilder out = new StringBuilder(s.length());
        boolean dropped = false;
        for (int i = 0; i < s.length(); ) {
            int cp = Character.codePointAt(s, i);
            i += Character.charCount(cp);
            String plain = plain(cp);
            dropped |= plain.isEmpty();
            out.append(plain);
        }
        // "a 😀 b" → "a b", not "a  b"; "yes 👍" → "yes"
        return dropped ? DOUBLE_SPACE.matcher(out).replaceAll(" ").replaceAll(" +(?=\n|$)|^ +", "") : out.toString();
    }

    private static final java.util.regex.Pattern DOUBLE_SPACE = java.util.regex.Pattern.compile(" {2,}");

    /** One code point in GSM-7: itself, a plain form, or "" when it has none. */
    private static String plain(int cp) {
        if (cp < 0x10000 && septets((char) cp) > 0) {
            return Character.toString(cp);
        }
        String spelt = SPELT.get(cp);
        if (spelt != null) {
            return spelt;
        }
        if (Character.isSpaceChar(cp)) {
            return " ";
        }
        String bare = java.text.Normalizer.normalize(Character.toString(cp), java.text.Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "");
        if (!bare.isEmpty() && !bare.equals(Character.toString(cp)) && isEncodable(bare)) {
            return bare;
        }
        String compat = java.text.Normalizer.normalize(Character.toString(cp), java.text.Normalizer.Form.NFKD)
                .replaceAll("\\p{M}", "");
        return !compat.equals(Character.toString(cp)) && isEncodable(compat) ? compat : "";
    }

    private static final java.util.Map<Integer, String> SPELT = java.util.Map.ofEntries(
            java.util.Map.entry((int) '\u2018', "'"),
            java.util.Map.entry((int) '\u2019', "'"),
            java.util.Map.entry((int) '\u201A', "'"),
            java.util.Map.entry((int) '\u201C', "\""),
            java.util.Map.entry((int) '\u201D', "\""),
            java.util.Map.entry((int) '\u201E', "\""),
            java.util.Map.entry((int) '\u00AB', "\""),
            java.util.Map.entry((int) '\u00BB', "\""),
            java.util.Map.entry((int) '\u2013', "-"),
            java.util.Map.entry((int) '\u2014', "-"),
            java.util.Map.entry((int) '\u2212', "-"),
            java.util.Map.entry((int) '\u2026', "..."),
            java.util.Map.entry((int) '\u2022', "-"),
            java.util.Map.entry((int) '\u00B7', "-"),
            java.util.Map.entry((int) '\u00AA', "a"),
            java.util.Map.entry((int) '\u00BA', "o"),
            java.util.Map.entry((int) '\u00B0', "o"),
            java.util.Map.entry((int) '\u0153', "oe"),
            java.util.Map.entry((int) '\u0152', "OE"),
            java.util.Map.entry((int) '\u0142', "l"),
            java.util.Map.entry((int) '\u0141', "L"),
            java.util.Map.entry((int) '\u0111', "d"),
            java.util.Map.entry((int) '\u0110', "D"),
            java.util.Map.entry((int) '\u00F0', "d"),
            java.util.Map.entry((int) '\u00FE', "th"),
            java.util.Map.entry((int) '\u00E7', "c"),
            java.util.Map.entry((int) '\t', " "));

    /** 1 for the default alphabet, 2 for the extension table, 0 for a character GSM-7 cannot carry. */
    static int septets(char c) {
        if (BASIC.indexOf(c) >= 0) {
            return 1;
        }
        return EXTENSION.indexOf(c) >= 0 ? 2 : 0;
    }
}
