package dev.beacon.channel.conversation.screens;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * The answers given so far to a survey step of several questions, in the order the step asks them, as one payload
 * argument (base64url of the values separated by U+001F). It travels in the signed route of the step's next
 * question, so nothing is stored; an argument is at most {@link #MAX_ENCODED} characters.
 */
final class StepAnswers {

    /** The value of a skipped question. */
    static final String SKIPPED = "\u0000";

    /** The longest encoded argument (a payload argument's limit). */
    static final int MAX_ENCODED = 120;

    private static final String SEPARATOR = "\u001f";

    private StepAnswers() {}

    static String encode(List<String> values) {
        return Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString(String.join(SEPARATOR, values).getBytes(StandardCharsets.UTF_8));
    }

    /** The values in {@code encoded}; none when it is missing, unreadable, or not fewer than the step's questions. */
    static List<String> decode(String encoded, int questions) {
        if (encoded == null || encoded.isEmpty()) {
            return List.of();
        }
        try {
            String all = new String(Base64.getUrlDecoder().decode(encoded), StandardCharsets.UTF_8);
            List<String> values = new ArrayList<>(List.of(all.split(SEPARATOR, -1)));
            return values.size() < questions ? values : List.of();
        } catch (IllegalArgumentException e) {
            return List.of();
        }
    }
}
