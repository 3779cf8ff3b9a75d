package dev.beacon.api.surveys;

import com.fasterxml.jackson.annotation.JsonRawValue;
import com.fasterxml.jackson.databind.JsonNode;
import dev.beacon.api.content.blocks.RenderedBlock;
import dev.beacon.api.surveys.SurveyModel.Question;
import dev.beacon.api.surveys.SurveyModel.QuestionType;
import dev.beacon.api.surveys.SurveyModel.SubmissionPolicy;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

public final class SurveyResponses {

    private SurveyResponses() {}

    /** The definition as staff see it: skip logic and CSV names included. */
    @Schema(name = "SurveyDefinitionResponse")
    public record SurveyDefinitionResponse(
            long id,
            boolean anonymous,
            SubmissionPolicy submissions,
            Instant opensAt,
            Instant closesAt,
            List<Question> questions,
            long version,
            Instant updatedAt) {

        static SurveyDefinitionResponse of(Survey s) {
            return new SurveyDefinitionResponse(
                    s.itemId, s.anonymous, s.submissions, s.opensAt, s.closesAt, s.questions, s.version, s.updatedAt);
        }
    }

    @Schema(name = "SurveyChoice")
    @Name("SurveyChoice")
    public record ChoiceResponse(String key, String label) {}

    /** A question as people see it, labelled in the served locale; where it leads stays with the API. */
    @Schema(name = "SurveyQuestion")
    @Name("SurveyQuestion")
    public record QuestionResponse(
            String key,
            QuestionType type,
            boolean required,
            boolean pageBreakBefore,
            String label,
            List<ChoiceResponse> choices,

            @Schema(description = "Number questions: the smallest answer taken")
            BigDecimal min,

            @Schema(description = "Number questions: the largest answer taken")
            BigDecimal max,

            @Schema(description = "Text questions: the longest answer taken, in characters")
            Integer maxLength) {}

    /** A published survey for delivery: nobody's answers, so it is cacheable. */
    @Schema(name = "SurveyResponse")
    public record SurveyResponse(
            long id,
            String site,

            @Schema(description = "The locale of the title and intro that was served (after fallback)")
            String locale,

            String title,

            @JsonRawValue
            @Schema(
                    type = SchemaType.ARRAY,
                    implementation = RenderedBlock.class,
                    description = "The intro, rendered for every channel")
            String intro,

            boolean anonymous,
            SubmissionPolicy submissions,
            Instant opensAt,
            Instant closesAt,
            List<QuestionResponse> questions) {}

    /** What to ask now, or that the survey is complete (and which survey to continue with, if any). */
    @Schema(name = "SurveyStep")
    @Name("SurveyStep")
    public record StepResponse(long survey, boolean complete, Long continueWith, List<QuestionResponse> questions) {}

    /** A person's own state in one survey. */
    @Schema(name = "MySurvey")
    public record MySurveyResponse(
            long survey,

            @Schema(enumeration = {"notStarted", "inProgress", "completed"})
            String state,

            @Schema(description = "How many times this person completed it")
            int completed,

            @Schema(description = "The step to answer now, while in progress")
            StepResponse current,

            @Schema(description = "The answers given so far, while in progress")
            Map<String, JsonNode> answers) {}

    @Schema(name = "SurveyNumberSummary")
    public record NumberSummaryResponse(BigDecimal min, BigDecimal max, BigDecimal mean) {}

    @Schema(name = "SurveyQuestionResult")
    public record QuestionResultResponse(
            String key,
            String shortName,
            QuestionType type,

            @Schema(description = "Completed submissions that answered it")
            long answers,

            @Schema(description = "Per choice key (yes/no for yesNo), every choice listed")
            Map<String, Long> counts,

            NumberSummaryResponse number) {}

    @Schema(name = "SurveyResults")
    public record ResultsResponse(
            long survey, long completed, long inProgress, List<QuestionResultResponse> questions) {}

    /** A person's part of the export: every submission still linked to them, with its answers. */
    public record SurveyActivityResponse(
            long survey, boolean anonymous, int completed, List<SubmissionExportResponse> submissions) {}

    public record SubmissionExportResponse(
            long id, Instant startedAt, Instant completedAt, Map<String, JsonNode> answers) {}
}
