package dev.beacon.api.comments;

import dev.beacon.api.comments.CommentReport.Reason;
import dev.beacon.api.comments.CommentRequests.CommentingChoice;
import dev.beacon.api.sites.SiteSettings.CommentState;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Comments as front-ends, people and moderators receive them. Never entities, never a person's profile id in delivery. */
public final class CommentResponses {

    private CommentResponses() {}

    /** Whether an item takes comments now, and when that changes on its own. */
    @Schema(name = "Commenting")
    @Name("Commenting")
    public record CommentingStateResponse(
            CommentState state,

            @Schema(description = "When a timed window opens (state is closed until then)")
            Instant opensAt,

            @Schema(description = "When the open window closes")
            Instant closesAt) {

        /** The next instant at which the state changes by itself, or null. */
        Instant nextChange() {
            return opensAt != null ? opensAt : closesAt;
        }
    }

    /** A delivered comment. {@code text} is exactly as written; {@code html} is the same text escaped, line breaks as {@code <br>}. */
    @Schema(name = "Comment")
    public record CommentResponse(
            long id,
            Long parentId,

            @Schema(
                    description =
                            "The author's alias when they wrote it, or the site's moderator name; absent when the author was erased (show as anonymous) or the comment is removed")
            String author,

            boolean moderator,

            @Schema(description = "Kept only to hold its thread together: no author and no text")
            boolean removed,

            String text,
            String html,
            Instant createdAt,

            @Schema(
                    description =
                            "For a top-level comment: its whole thread, oldest first; each reply names its parentId")
            List<CommentResponse> replies) {}

    /** One page of an item's top-level comments (newest first), each with its thread, and whether the item takes comments. */
    @Schema(name = "CommentList")
    public record CommentListResponse(
            long itemId,
            CommentingStateResponse commenting,
            List<CommentResponse> items,
            int page,
            int size,
            long totalItems,
            int totalPages) {}

    @Schema(name = "CommentReportReceipt")
    public record ReportResponse(long commentId, Reason reason, Instant createdAt) {}

    /** A section's or article's own commenting setting and what applies to it in the end. */
    @Schema(name = "CommentingSetting")
    public record CommentingResponse(
            long itemId,
            CommentingChoice state,
            Instant openFrom,
            Instant openUntil,
            CommentingStateResponse effective,

            @Schema(
                    description =
                            "The item whose setting applies (itself or an ancestor); absent when the site's setting applies")
            Long decidedBy) {}

    /** A report as moderators see it: the reason and the note, never who reported. */
    @Schema(name = "CommentReportSummary")
    public record ReportSummaryResponse(Reason reason, String note, Instant createdAt) {}

    /** A comment in the moderation queue: every state, with its reports. */
    @Schema(name = "ModeratedComment")
    public record ModeratedCommentResponse(
            long id,
            long itemId,
            Long parentId,
            String author,
            Long profileId,
            boolean moderator,
            String text,
            String html,
            Comment.State state,
            boolean approved,
            long reportCount,
            Map<Reason, Long> reasons,
            List<ReportSummaryResponse> reports,
            Instant createdAt,
            Instant moderatedAt,
            String moderatedBy,

            @Schema(description = "Raised on every change of state or approval; name it in If-Match when you act")
            long version) {}

    /** One line of a comment's moderation history. */
    @Schema(name = "CommentModerationEntry")
    public record ModerationEntryResponse(
            @Schema(
                    description = "approved, hidden, deleted, replied, or hidden-by-reports",
                    enumeration = {"approved", "hidden", "deleted", "replied", "hidden-by-reports"})
            String action,

            @Schema(description = "The staff member; absent when reports hid the comment")
            String by,

            @Schema(description = "The moderator's reply, for replied")
            Long replyId,

            Instant at) {}

    /** A person's comment in their data export. */
    public record CommentExportResponse(
            long id, long itemId, Long parentId, String alias, String text, Comment.State state, Instant createdAt) {}

    /** A person's report in their data export. */
    public record ReportExportResponse(long commentId, Reason reason, String note, Instant createdAt) {}

    /** The comments part of a person's export. */
    public record CommentsExportResponse(List<CommentExportResponse> comments, List<ReportExportResponse> reports) {}
}
