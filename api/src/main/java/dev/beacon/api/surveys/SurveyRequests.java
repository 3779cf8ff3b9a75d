package dev.beacon.api.surveys;

import com.fasterxml.jackson.databind.JsonNode;
import dev.beacon.api.surveys.SurveyModel.Question;
import dev.beacon.api.surveys.SurveyModel.SubmissionPolicy;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

public final class SurveyRequests {

    private SurveyRequests() {}

    @Schema(name = "SurveyDefinitionRequest")
    public record SurveyDefinitionRequest(
            @NotNull Boolean anonymous,
            @NotNull SubmissionPolicy submissions,
            Instant opensAt,
            Instant closesAt,
            @NotEmpty @Size(max = 200) List<@NotNull @Valid Question> questions,

            @Schema(description = "The version you read (or send If-Match); a newer one answers 412")
            Long version) {}

    @Schema(name = "SurveyAnswersRequest")
    public record SurveyAnswersRequest(
            @NotNull
            @Size(max = 200)
            @Schema(
                    description =
                            "Answers to the questions of the current step by key: text, number, ISO date, true/false, a choice key or a list of them")
            Map<String, JsonNode> answers) {}
}
