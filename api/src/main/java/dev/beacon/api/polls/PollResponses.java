package dev.beacon.api.polls;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Polls as editors, the public and a person see them. Never entities. */
public final class PollResponses {

    private PollResponses() {}

    @Schema(name = "PollDefinition")
    public record PollDefinitionResponse(
            long id,
            Poll.Kind kind,
            boolean randomiseChoices,
            Poll.Results results,
            Poll.ResultsAs resultsAs,
            Instant opensAt,
            Instant closesAt,
            String shortName,
            Integer minChoices,
            Integer maxChoices,
            List<ChoiceDefinitionResponse> choices,
            long version) {

        static PollDefinitionResponse of(Poll p, List<PollChoice> choices) {
            return new PollDefinitionResponse(
                    p.itemId,
                    p.kind,
                    p.randomiseChoices,
                    p.results,
                    p.resultsAs,
                    p.opensAt,
                    p.closesAt,
                    p.shortName,
                    p.minChoices,
                    p.maxChoices,
                    choices.stream()
                            .map(c -> new ChoiceDefinitionResponse(c.key, c.shortName, c.labels))
                            .toList(),
                    p.version);
        }
    }

    @Schema(name = "PollChoiceDefinition")
    public record ChoiceDefinitionResponse(String key, String shortName, Map<String, String> labels) {}

    /** A published poll as delivered: the same for everyone, so it is cacheable; choices in editor order. */
    @Schema(name = "Poll")
    public record PollResponse(
            long id,
            String site,

            @Schema(description = "The locale of the translation served (after fallback)")
            String locale,

            @Schema(description = "The locale that was asked for")
            String requestedLocale,

            @Schema(description = "The question: the served translation's title")
            String question,

            Poll.Kind kind,
            Poll.State state,

            @Schema(
                    description =
                            "true: show the choices in the order of GET /me/polls/{id} (each person has a stable shuffle)")
            boolean randomiseChoices,

            Poll.Results results,
            Poll.ResultsAs resultsAs,
            Instant opensAt,
            Instant closesAt,
            Integer minChoices,
            Integer maxChoices,
            List<PollChoiceResponse> choices) {}

    @Schema(name = "PollChoice")
    @Name("PollChoiceView")
    public record PollChoiceResponse(
            String key,

            @Schema(description = "Label by the locale fallback chain")
            String label) {}

    /** Public results: counts or percentages, never a person's answer or a free text. */
    @Schema(name = "PollResults")
    public record PollResultsResponse(
            long pollId,
            Poll.Kind kind,
            Poll.ResultsAs resultsAs,

            @Schema(description = "How many people answered")
            long total,

            @Schema(description = "Per choice (single and multiple kinds)")
            List<ChoiceResultResponse> choices,

            @Schema(description = "For number polls: lowest, highest and mean answer")
            NumberSummaryResponse numbers) {}

    @Schema(name = "PollChoiceResult")
    @Name("ChoiceResult")
    public record ChoiceResultResponse(
            String key,
            String label,

            @Schema(description = "Present when results are counts")
            Long count,

            @Schema(description = "Present when results are percentages: share of the people who answered, one decimal")
            Double percentage) {}

    @Schema(name = "PollNumberSummary")
    @Name("NumberSummary")
    public record NumberSummaryResponse(BigDecimal min, BigDecimal max, BigDecimal mean) {}

    /** What a person's vote became. */
    @Schema(name = "PollVote")
    public record VoteResponse(
            long pollId,
            String locale,
            List<String> choices,
            String text,
            BigDecimal number,
            Instant votedAt,

            @Schema(description = "Present when the poll shows results after voting")
            PollResultsResponse results) {}

    /** A person's own view of a poll: never cached, never shared. */
    @Schema(name = "MyPoll")
    public record MyPollResponse(
            long pollId,
            Poll.State state,
            boolean voted,

            @Schema(description = "The person's vote, when they voted")
            VoteResponse vote,

            @Schema(
                    description =
                            "Choice keys in the order to show this person: a stable shuffle when the poll randomises, else editor order")
            List<String> order,

            boolean resultsShown,

            @Schema(description = "Present when resultsShown")
            PollResultsResponse results) {}

    /** One vote in a person's data export. */
    public record VoteExportResponse(
            long pollId, String locale, List<String> choices, String text, BigDecimal number, Instant votedAt) {}
}
