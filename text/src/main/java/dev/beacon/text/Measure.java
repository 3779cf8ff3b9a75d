package dev.beacon.text;

import java.nio.charset.StandardCharsets;

/**
 * How a platform counts the length of a text. Every limit in {@link PlatformLimits} is expressed in the unit of its
 * platform's measure, so {@code measure.length(text) <= limit} is the one check callers make.
 */
@FunctionalInterface
public interface Measure {

    int length(CharSequence s);

    /** Unicode code points: an emoji outside the BMP counts 1. */
    Measure CODE_POINTS = s -> Character.codePointCount(s, 0, s.length());

    /** UTF-16 code units (Java's {@code length()}): an emoji outside the BMP counts 2. */
    Measure UTF16 = CharSequence::length;

    /** UTF-8 bytes, the unit of Telegram's {@code callback_data}. */
    Measure UTF8_BYTES = s -> s.toString().getBytes(StandardCharsets.UTF_8).length;

    /**
     * GSM 03.38 septets: extension-table characters count 2. Only valid for GSM-7 text: throws
     * IllegalArgumentException naming the first character that is not in the GSM-7 alphabet.
     */
    Measure GSM7_SEPTETS = Gsm7::septets;

    /** Number of SMS parts the text is sent in (GSM-7 160/153 or UCS-2 70/67 per part); 0 for empty text. */
    Measure SMS_PARTS = s -> SmsCount.of(s).parts();

    /**
     * USSD screen length against the one limit of 182: GSM-7 septets when the text is GSM-7; otherwise the text goes
     * as UCS-2, where the same 160 octets hold 80 UTF-16 units, so its units are scaled by 182/80 (rounded up).
     */
    Measure USSD = s -> Gsm7.isEncodable(s) ? Gsm7.septets(s) : (s.length() * 182 + 79) / 80;
}
