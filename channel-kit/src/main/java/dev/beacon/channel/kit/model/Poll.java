package dev.beacon.channel.kit.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;
import java.util.List;

/**
 * A published poll in the served locale: {@code kind} single, multiple, text or number; {@code state} upcoming,
 * open or closed; {@code results} afterVoting or never, shown as {@code resultsAs} counts or percentages.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Poll(
        long id,
        String site,
        String locale,
        String requestedLocale,
        String question,
        String kind,
        String state,
        boolean randomiseChoices,
        String results,
        String resultsAs,
        Instant opensAt,
        Instant closesAt,
        Integer minChoices,
        Integer maxChoices,
        List<Choice> choices) {

    public boolean isOpen() {
        return "open".equals(state);
    }

    public boolean showsResults() {
        return !"never".equals(results);
    }

    public List<Choice> choicesOrEmpty() {
        return choices == null ? List.of() : choices;
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Choice(String key, String label) {}
}
