package dev.beacon.api.stories;

import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Competitions and entries as the public, their authors and staff see them. */
public final class StoryResponses {

    private StoryResponses() {}

    @Name("CompetitionPhase")
    @Schema(name = "CompetitionPhase")
    public enum Phase {
        upcoming,
        open,
        closed
    }

    @Schema(name = "CompetitionTerms")
    @Name("CompetitionTerms")
    public record TermsResponse(String document, String version) {}

    /** The rules as editors manage them; {@code version} is for optimistic locking. */
    @Schema(name = "CompetitionDefinition")
    public record DefinitionResponse(
            long id,
            Instant opensAt,
            Instant closesAt,
            TermsResponse terms,
            int maxTextLength,
            long version,
            Instant updatedAt) {

        static DefinitionResponse of(Competition c) {
            return new DefinitionResponse(
                    c.itemId,
                    c.opensAt,
                    c.closesAt,
                    new TermsResponse(c.termsDocument, c.termsVersion),
                    c.maxTextLength,
                    c.version,
                    c.updatedAt);
        }
    }

    /** A published competition for everyone: its title in the served locale, dates, whether it is open, the terms. */
    @Schema(name = "PublicCompetition")
    @Name("PublicCompetition")
    public record PublicCompetitionResponse(
            long id,
            String title,
            String locale,
            Instant opensAt,
            Instant closesAt,
            Phase phase,
            boolean open,
            TermsResponse terms,
            int maxTextLength) {}

    /** A shortlisted or winning entry: the author's public name only (alias, or real name if they chose to show it). */
    @Schema(name = "PublicStoryEntry")
    @Name("PublicStoryEntry")
    public record PublicEntryResponse(
            long id,
            String title,
            String text,
            String html,
            String author,
            StoryEntry.State state,
            Instant submittedAt) {}

    @Schema(name = "PublicStoryEntryList")
    public record PublicEntryListResponse(long competitionId, List<PublicEntryResponse> items) {}

    /** One of the person's own entries. */
    @Schema(name = "MyStoryEntry")
    @Name("MyStoryEntry")
    public record MyEntryResponse(
            long id,
            long competitionId,
            String title,
            String text,
            String realName,
            boolean hideRealName,
            String termsVersion,
            StoryEntry.State state,
            Instant submittedAt) {

        static MyEntryResponse of(StoryEntry e) {
            return new MyEntryResponse(
                    e.id,
                    e.competitionId,
                    e.title,
                    e.text,
                    e.realName,
                    e.hideRealName,
                    e.termsVersion,
                    e.state,
                    e.submittedAt);
        }
    }

    /** An entry as staff see it, real name included even when hidden from the public (to reach a winner). */
    @Schema(name = "StoryEntryManageResponse")
    public record EntryManageResponse(
            long id,
            long competitionId,
            Long profileId,
            String alias,
            String title,
            String text,
            String realName,
            boolean hideRealName,
            StoryEntry.State state,
            Long articleId,
            Instant submittedAt,
            Instant changedAt) {

        static EntryManageResponse of(StoryEntry e, String alias) {
            return new EntryManageResponse(
                    e.id,
                    e.competitionId,
                    e.profileId,
                    alias,
                    e.title,
                    e.text,
                    e.realName,
                    e.hideRealName,
                    e.state,
                    e.articleId,
                    e.submittedAt,
                    e.changedAt);
        }
    }

    @Schema(name = "StoryEntryArticleResponse")
    public record ArticleResponse(long itemId, long entryId, String locale) {}
}
