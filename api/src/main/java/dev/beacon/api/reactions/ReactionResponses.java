package dev.beacon.api.reactions;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

public final class ReactionResponses {

    private ReactionResponses() {}

    @Schema(name = "ReactionQuestionDefinition")
    public record ReactionQuestionResponse(
            long itemId,
            Map<String, String> question,
            List<ChoiceDefinitionResponse> choices,
            Map<String, String> thankYou,
            long version) {

        static ReactionQuestionResponse of(ReactionQuestion q, List<ReactionChoice> choices) {
            return new ReactionQuestionResponse(
                    q.itemId,
                    q.question,
                    choices.stream()
                            .map(c -> new ChoiceDefinitionResponse(c.key, c.emoji, c.imageUrl, c.labels))
                            .toList(),
                    q.thankYou,
                    q.version);
        }
    }

    @Schema(name = "ReactionChoiceDefinition")
    public record ChoiceDefinitionResponse(String key, String emoji, String imageUrl, Map<String, String> labels) {}

    /** The public view under an article: the same for everyone, with counts; cacheable. */
    @Schema(name = "Reactions")
    public record ReactionsResponse(
            long itemId,

            @Schema(description = "The locale of the article translation served")
            String locale,

            String question,
            List<ChoiceCountResponse> choices,
            long total) {}

    @Schema(name = "ReactionChoiceCount")
    public record ChoiceCountResponse(String key, String emoji, String imageUrl, String label, long count) {}

    @Schema(name = "Reacted")
    public record ReactedResponse(
            long itemId,
            String choice,
            String locale,

            @Schema(description = "The thank-you in the served locale")
            String thankYou,

            Instant reactedAt) {}

    public record ReactionExportResponse(long itemId, String choice, String locale, Instant reactedAt) {}
}
