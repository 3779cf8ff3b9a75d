package dev.beacon.api.comments;

import dev.beacon.api.comments.CommentResponses.CommentingStateResponse;
import dev.beacon.api.content.ContentType;
import dev.beacon.api.sites.SiteSettings;
import dev.beacon.api.sites.SiteSettings.CommentState;
import java.time.Instant;

/**
 * Whether an item takes comments at an instant: the nearest setting walking up from the item (itself, its
 * section, that section's section…), else the site's. Articles always follow it; polls and story competitions
 * only where the site allows comments on them; other items take none. Pure, so delivery and writes agree.
 */
public final class CommentingRules {

    /** A setting on an item, or the site's ({@code itemId} null). */
    public record Rule(Long itemId, CommentState state, Instant openFrom, Instant openUntil) {}

    private CommentingRules() {}

    public static CommentingStateResponse effective(
            SiteSettings settings, ContentType type, Rule nearest, Instant now) {
        SiteSettings.Comments comments = settings.commentsOrDefaults();
        boolean takesComments = switch (type) {
            case article -> true;
            case poll -> comments.onPolls();
            case competition -> comments.onStories();
            default -> false;
        };
        if (!takesComments) {
            return new CommentingStateResponse(CommentState.disabled, null, null);
        }
        Rule rule = nearest != null ? nearest : new Rule(null, comments.state(), null, null);
        if (rule.state() != CommentState.open) {
            return new CommentingStateResponse(rule.state(), null, null);
        }
        if (rule.openFrom() != null && now.isBefore(rule.openFrom())) {
            return new CommentingStateResponse(CommentState.closed, rule.openFrom(), null);
        }
        if (rule.openUntil() != null && !now.isBefore(rule.openUntil())) {
            return new CommentingStateResponse(CommentState.closed, null, null);
        }
        return new CommentingStateResponse(CommentState.open, null, rule.openUntil());
    }

    /** The nearest setting up the tree, as SQL: one parameter, the item id; answers item_id, state, open_from, open_until. */
    static final String NEAREST = """
            WITH RECURSIVE up (id, parent_id, depth) AS (
                SELECT id, parent_id, 0 FROM content_item WHERE id = ?1
                UNION ALL
                SELECT c.id, c.parent_id, up.depth + 1 FROM content_item c JOIN up ON c.id = up.parent_id WHERE up.depth < 64)
            SELECT o.item_id, o.state, o.open_from, o.open_until
            FROM up JOIN commenting_override o ON o.item_id = up.id ORDER BY up.depth LIMIT 1""";
}
