package dev.beacon.api.tips;

import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Tips as the public, their authors and staff see them. */
public final class TipResponses {

    private TipResponses() {}

    /** A published tip for everyone: no profile, nothing private; {@code html} is the text escaped for markup. */
    @Schema(name = "PublicTip")
    @Name("PublicTip")
    public record PublicTipResponse(
            long id,
            String text,
            String html,
            String displayName,
            String locale,
            boolean featured,
            long helpful,
            Instant publishedAt) {}

    @Schema(name = "PublicTipPage")
    @Name("PublicTipPage")
    public record PublicTipListResponse(
            List<PublicTipResponse> items, int page, int size, long totalItems, int totalPages) {}

    /** One of the person's own tips, with where it stands. */
    @Schema(name = "MyTip")
    @Name("MyTip")
    public record MyTipResponse(
            long id,
            String text,
            String displayName,
            String locale,
            Tip.State state,
            boolean featured,
            long helpful,
            Instant submittedAt,
            Instant publishedAt) {

        static MyTipResponse of(Tip t, long helpful) {
            return new MyTipResponse(
                    t.id, t.text, t.displayName, t.locale, t.state, t.featured, helpful, t.submittedAt, t.publishedAt);
        }
    }

    /** A tip as moderators and editors see it; {@code profileId} is null once the author was erased. */
    @Schema(name = "TipManageResponse")
    public record TipManageResponse(
            long id,
            Long profileId,
            String text,
            String displayName,
            String locale,
            Tip.State state,
            boolean featured,
            long helpful,
            Long articleId,
            Instant submittedAt,
            Instant publishedAt,
            String moderatedBy) {

        static TipManageResponse of(Tip t, long helpful) {
            return new TipManageResponse(
                    t.id,
                    t.profileId,
                    t.text,
                    t.displayName,
                    t.locale,
                    t.state,
                    t.featured,
                    helpful,
                    t.articleId,
                    t.submittedAt,
                    t.publishedAt,
                    t.moderatedBy);
        }
    }

    @Schema(name = "TipHelpfulResponse")
    @Name("TipHelpfulResult")
    public record HelpfulResponse(long tipId, long helpful) {}

    @Schema(name = "TipArticleResponse")
    public record ArticleResponse(long itemId, long tipId, String locale) {}

    /** The tips part of a person's export. */
    public record TipsExportResponse(List<MyTipResponse> tips, List<HelpfulMarkResponse> helpfulMarks) {}

    public record HelpfulMarkResponse(long tipId, Instant markedAt) {}
}
