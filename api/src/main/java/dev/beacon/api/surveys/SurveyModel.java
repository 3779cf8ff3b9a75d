package dev.beacon.api.surveys;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.beacon.api.sites.Locales;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A survey's questions as editors define them and as they are stored (one JSON document per survey). Bean
 * Validation checks each part's shape at the edge; {@link SurveyDefinitions} checks how the parts fit together.
 */
public final class SurveyModel {

    public static final String KEY = "^[A-Za-z][A-Za-z0-9_-]{0,39}$";
    public static final String KEY_MESSAGE = "must be a key such as age or likes-music (letters, digits, - and _)";

    private SurveyModel() {}

    @Name("SurveyQuestionType")
    @Schema(name = "SurveyQuestionType")
    public enum QuestionType {
        choice,
        multiChoice,
        text,
        number,
        date,
        yesNo;

        public boolean hasChoices() {
            return this == choice || this == multiChoice;
        }
    }

    /** Whether one person may complete a survey once or again and again. */
    @Name("SurveySubmissionPolicy")
    @Schema(name = "SurveySubmissionPolicy")
    public enum SubmissionPolicy {
        single,
        multiple
    }

    /** Where to go after a question or a chosen answer: exactly one of the three. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "SurveyNext")
    public record Next(
            @Pattern(regexp = KEY, message = KEY_MESSAGE) String goTo, Boolean end, Long survey) {

        boolean isEnd() {
            return Boolean.TRUE.equals(end);
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "SurveyChoiceDefinition")
    public record Choice(
            @NotBlank @Pattern(regexp = KEY, message = KEY_MESSAGE)
            String key,

            @NotEmpty Map<@Pattern(regexp = Locales.CODE_PATTERN) String, @NotBlank @Size(max = 300) String> labels,
            @Valid Next next) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "SurveyQuestionDefinition")
    public record Question(
            @NotBlank @Pattern(regexp = KEY, message = KEY_MESSAGE)
            String key,

            @Size(min = 1, max = 60) String shortName,
            @NotNull QuestionType type,
            Boolean required,
            Boolean pageBreakBefore,
            @NotEmpty Map<@Pattern(regexp = Locales.CODE_PATTERN) String, @NotBlank @Size(max = 1000) String> labels,
            @Size(max = 50) List<@NotNull @Valid Choice> choices,
            @Valid Next next,

            @Schema(description = "Number questions: the smallest answer taken")
            BigDecimal min,

            @Schema(description = "Number questions: the largest answer taken")
            BigDecimal max,

            @Schema(description = "Text questions: the longest answer taken, in characters (default and at most 2000)")
            @Min(1)
            @Max(SurveyFlow.MAX_TEXT)
            Integer maxLength) {

        public boolean isRequired() {
            return Boolean.TRUE.equals(required);
        }

        public boolean breaksBefore() {
            return Boolean.TRUE.equals(pageBreakBefore);
        }

        /** True when the answer decides where to go next, so nothing after it can be asked in the same step. */
        boolean branches() {
            return choices != null && choices.stream().anyMatch(c -> c.next() != null);
        }

        /** The stored form: defaults filled in, so readers never guess. */
        Question normalised() {
            return new Question(
                    key,
                    shortName == null ? key : shortName,
                    type,
                    isRequired(),
                    breaksBefore(),
                    new java.util.TreeMap<>(labels),
                    type.hasChoices() ? List.copyOf(choices == null ? List.of() : choices) : null,
                    next,
                    min,
                    max,
                    maxLength);
        }

        /** The longest text answer this question takes. */
        int textLimit() {
            return maxLength == null ? SurveyFlow.MAX_TEXT : maxLength;
        }
    }
}
