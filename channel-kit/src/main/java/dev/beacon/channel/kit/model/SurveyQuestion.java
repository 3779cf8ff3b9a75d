package dev.beacon.channel.kit.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.math.BigDecimal;
import java.util.List;

/**
 * One survey question, labelled in the served locale. {@code type} is {@code choice}, {@code multiChoice},
 * {@code text}, {@code number}, {@code date} or {@code yesNo}; choices only for the choice types. A number
 * question may bound its answers ({@code min}, {@code max}); a text question always says its {@code maxLength}.
 * A channel shows them (an input's attributes, "a number from 0 to 24"); the API holds answers to them anyway.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record SurveyQuestion(
        String key,
        String type,
        boolean required,
        boolean pageBreakBefore,
        String label,
        List<Choice> choices,
        BigDecimal min,
        BigDecimal max,
        Integer maxLength) {

    public List<Choice> options() {
        return choices == null ? List.of() : choices;
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Choice(String key, String label) {}
}
