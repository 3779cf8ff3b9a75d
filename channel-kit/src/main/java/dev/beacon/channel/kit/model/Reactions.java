package dev.beacon.channel.kit.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;

/** An article's reaction question in the served locale, its choices (emoji or image) with how many chose each. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Reactions(long itemId, String locale, String question, List<Choice> choices, long total) {

    public List<Choice> choicesOrEmpty() {
        return choices == null ? List.of() : choices;
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Choice(String key, String emoji, String imageUrl, String label, long count) {}
}
