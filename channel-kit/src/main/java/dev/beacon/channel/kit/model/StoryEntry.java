package dev.beacon.channel.kit.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;

/** A shortlisted or winning entry, under its author's public name; {@code html} is the text, escaped. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record StoryEntry(
        long id, String title, String text, String html, String author, String state, Instant submittedAt) {

    public boolean winner() {
        return "winner".equals(state);
    }
}
