package dev.beacon.text;

/**
 * What an SMS text costs: its encoding, its length in that encoding's units (septets for GSM-7, UTF-16 code units for
 * UCS-2) and the number of parts it is sent in. One part holds 160 septets or 70 UCS-2 units; a concatenated message
 * loses room to its user-data header, leaving 153 or 67 per part (3GPP TS 23.038 / TS 23.040). Parts are counted by
 * packing: an escape pair or a surrogate pair is never split across parts, so a part may hold one unit less.
 */
public record SmsCount(Encoding encoding, int units, int parts) {

    public enum Encoding {
        GSM7(160, 153),
        UCS2(70, 67);

        /** Units that fit in a message sent as one part. */
        public final int singlePart;
        /** Units that fit in each part of a concatenated message. */
        public final int concatenatedPart;

        Encoding(int singlePart, int concatenatedPart) {
            this.singlePart = singlePart;
            this.concatenatedPart = concatenatedPart;
        }
    }

    /** The cost of {@code text}; empty text costs 0 parts. */
    public static SmsCount of(CharSequence text) {
        boolean gsm = Gsm7.isEncodable(text);
        Encoding encoding = gsm ? Encoding.GSM7 : Encoding.UCS2;
        int units = 0;
        int parts = 0;
        int room = 0; // units left in the current concatenated part
        for (int i = 0; i < text.length(); ) {
            int cost;
            int step;
            if (gsm) {
                cost = Gsm7.septets(text.charAt(i));
                step = 1;
            } else {
                step = Character.charCount(Character.codePointAt(text, i));
                cost = step;
            }
            if (cost > room) {
                parts++;
                room = encoding.concatenatedPart;
            }
            room -= cost;
            units += cost;
            i += step;
        }
        if (units > 0 && units <= encoding.singlePart) {
            parts = 1;
        }
        return new SmsCount(encoding, units, parts);
    }
}
