package dev.beacon.channel.kit.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;

/** A poll's public results: per choice (count or percentage, as the poll says) and the total; for text and number polls the number of answers (and min/max/mean). */
@JsonIgnoreProperties(ignoreUnknown = true)
public record PollResults(
        long pollId, String kind, String resultsAs, long total, List<ChoiceResult> choices, Numbers numbers) {

    public List<ChoiceResult> choicesOrEmpty() {
        return choices == null ? List.of() : choices;
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record ChoiceResult(String key, String label, Long count, Double percentage) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Numbers(Double min, Double max, Double mean) {}
}
