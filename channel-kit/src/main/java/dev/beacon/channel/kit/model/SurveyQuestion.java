package dev.beacon.channel.kit.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;

/**
 * One survey question, labelled in the served locale. {@code type} is {@code choice}, {@code multiChoice},
 * {@code text}, {@code number}, {@code date} or {@code yesNo}; choices only for the choice types.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record SurveyQuestion(String key, String type, boolean required, boolean pageBreakBefore, String label,
        List<Choice> choices) {

    public List<Choice> options() {
        return choices == null ? List.of() : choices;
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Choice(String key, String label) {
    }
}
