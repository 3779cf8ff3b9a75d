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

    /** 1 for the default alphabet, 2 for the extension table, 0 for a character GSM-7 cannot carry. */
    static int septets(char c) {
        if (BASIC.indexOf(c) >= 0) {
            return 1;
        }
        return EXTENSION.indexOf(c) >= 0 ? 2 : 0;
    }
}
