package dev.beacon.api.comments;

import dev.beacon.api.comments.CommentReport.Reason;
import dev.beacon.api.sites.Locales;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.time.Instant;

/** What people and staff send about comments. */
public final class CommentRequests {

    /** Longest comment or moderator reply, in characters. */
    public static final int MAX_TEXT = 2000;

    private CommentRequests() {}

    /** A person's comment; {@code parentId} makes it a reply to a visible comment of the same item. */
    public record CommentCreateRequest(
            @NotBlank @Size(max = MAX_TEXT) String text,
            @Positive Long parentId) {}

    /** A person's report; the note is for moderators only. */
    public record ReportRequest(
            @NotNull Reason reason, @Size(max = 500) String note) {}

    /** What a section or article says about commenting; {@code inherit} removes its own setting. */
    public enum CommentingChoice {
        open,
        closed,
        disabled,
        inherit
    }

    /** A section's or article's commenting state; a window ({@code openFrom}/{@code openUntil}) only with {@code open}. */
    public record CommentingRequest(@NotNull CommentingChoice state, Instant openFrom, Instant openUntil) {}

    /** A moderator's reply: their own text, or one of the site's canned responses in a locale (the site's fallback applies). */
    public record ModeratorReplyRequest(
            @Size(min = 1, max = MAX_TEXT) String text,

            @Pattern(regexp = "^[a-z0-9-]{1,40}$", message = "must be a key such as be-kind")
            String cannedResponse,

            @Pattern(regexp = Locales.CODE_PATTERN) String locale) {}
}
