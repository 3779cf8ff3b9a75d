package dev.beacon.channel.whatsapp.notify;

import java.util.Map;

/**
 * Something to tell a person who did not ask for it just now: a reply to their comment, a competition result, a new
 * survey, or a nudge to come back.
 *
 * @param purpose {@code comment-reply}, {@code competition-result}, {@code new-survey} or {@code re-engagement}: which
 *     of the site's templates stands in for it outside the 24-hour window
 * @param values what fills the template's parameters: {@code alias}, {@code title}, {@code text} ({@code site} is
 *     the site's name when left out)
 */
public record Notice(String purpose, Map<String, String> values) {

    public static final String RE_ENGAGEMENT = "re-engagement";

    public Notice {
        values = Map.copyOf(values);
    }
}
