package dev.beacon.api.comments;

import dev.beacon.api.comments.CommentReport.Reason;
import dev.beacon.api.comments.CommentRequests.CommentCreateRequest;
import dev.beacon.api.comments.CommentRequests.ReportRequest;
import dev.beacon.api.comments.CommentResponses.CommentResponse;
import dev.beacon.api.comments.CommentResponses.CommentingStateResponse;
import dev.beacon.api.comments.CommentResponses.ReportResponse;
import dev.beacon.api.profiles.GraphQLPerson;
import dev.beacon.api.shared.paging.PageRequest;
import dev.beacon.api.shared.paging.PageResponse;
import dev.beacon.api.sites.SiteDirectory;
import dev.beacon.api.sites.SiteSettings.CommentState;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;

/**
 * Comments over GraphQL: the public list of an item (threads batched: one statement for all top-level comments
 * of a page), and a person's comment and report, acting for the person in {@code Beacon-Subject} as REST does.
 */
@GraphQLApi
public class CommentGraphQLApi {

    @Name("Comment")
    @Description(
            "A visible comment (text as written, html escaped), or a placeholder (removed) that holds its thread together")
    public record CommentNode(
            long id,
            Long parentId,
            String author,
            boolean moderator,
            boolean removed,
            String text,
            String html,
            Instant createdAt) {

        static CommentNode of(CommentResponse c) {
            return new CommentNode(
                    c.id(), c.parentId(), c.author(), c.moderator(), c.removed(), c.text(), c.html(), c.createdAt());
        }
    }

    @Name("CommentPage")
    @Description("One page of an item's top-level comments, newest first, and whether the item takes comments")
    public record CommentPageNode(
            long itemId,
            CommentingStateResponse commenting,
            List<CommentNode> items,
            int page,
            int size,
            long totalItems,
            int totalPages) {}

    @Inject
    SiteDirectory sites;

    @Inject
    CommentDelivery delivery;

    @Inject
    CommentService comments;

    @Inject
    GraphQLPerson person;

    @Inject
    Clock clock;

    @Query("comments")
    @Description("Visible comments of a published item")
    public CommentPageNode comments(
            @Name("site") @NonNull String site,
            @Name("item") long item,
            @Name("page") @DefaultValue("1") Integer page,
            @Name("size") @DefaultValue("20") Integer size) {
        CommentDelivery.Snapshot snapshot =
                delivery.snapshot(sites.require(site).id(), item, clock.instant());
        PageRequest request = PageRequest.of(page, size);
        if (snapshot.commenting().state() == CommentState.disabled) {
            return new CommentPageNode(item, snapshot.commenting(), List.of(), request.page(), request.size(), 0, 0);
        }
        PageResponse<CommentResponse> roots = delivery.roots(item, request);
        return new CommentPageNode(
                item,
                snapshot.commenting(),
                roots.items().stream().map(CommentNode::of).toList(),
                roots.page(),
                roots.size(),
                roots.totalItems(),
                roots.totalPages());
    }

    @Description(
            "For a top-level comment: its whole thread, oldest first, each reply naming its parentId; empty for a reply")
    public List<List<CommentNode>> replies(@Source List<CommentNode> parents) {
        Map<Long, List<CommentResponse>> threads = delivery.threads(parents.stream()
                .filter(p -> p.parentId() == null)
                .map(CommentNode::id)
                .distinct()
                .toList());
        return parents.stream()
                .map(p -> p.parentId() != null
                        ? List.<CommentNode>of()
                        : threads.getOrDefault(p.id(), List.of()).stream()
                                .map(CommentNode::of)
                                .toList())
                .toList();
    }

    @Mutation("postComment")
    @Description(
            "Comment on a published item as the person in Beacon-Subject, or reply to a visible comment (parentId)")
    public CommentNode postComment(
            @Name("site") @NonNull String site,
            @Name("item") long item,
            @Name("text") @NonNull String text,
            @Name("parentId") Long parentId) {
        return CommentNode.of(comments.post(site, person.subject(), item, new CommentCreateRequest(text, parentId)));
    }

    @Mutation("reportComment")
    @Description("Report a comment to the moderators as the person in Beacon-Subject; once per person per comment")
    public ReportResponse reportComment(
            @Name("site") @NonNull String site,
            @Name("comment") long comment,
            @Name("reason") @NonNull Reason reason,
            @Name("note") String note) {
        return comments.report(site, person.subject(), comment, new ReportRequest(reason, note));
    }
}
