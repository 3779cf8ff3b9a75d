package dev.beacon.api.comments;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.beacon.api.comments.CommentResponses.CommentListResponse;
import dev.beacon.api.comments.CommentResponses.CommentResponse;
import dev.beacon.api.comments.CommentResponses.CommentingStateResponse;
import dev.beacon.api.comments.CommentingRules.Rule;
import dev.beacon.api.community.Feature;
import dev.beacon.api.community.WrittenText;
import dev.beacon.api.content.ContentType;
import dev.beacon.api.content.PublishedContent;
import dev.beacon.api.content.delivery.DeliveryDatabase;
import dev.beacon.api.shared.db.SqlValues;
import dev.beacon.api.shared.error.ProblemException;
import dev.beacon.api.shared.paging.PageRequest;
import dev.beacon.api.shared.paging.PageResponse;
import dev.beacon.api.sites.SiteSettings;
import dev.beacon.api.sites.SiteSettings.CommentState;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.UncheckedIOException;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Delivery reads of comments, in plain JDBC like the rest of delivery: visible comments only, top-level ones
 * newest first and paged, each with its whole thread oldest first. A comment that is not visible but has visible
 * replies stays as an empty placeholder, so the thread keeps its shape and nothing of it leaks.
 */
@ApplicationScoped
public class CommentDelivery {

    /** What a read needs to know before it reads any comment, from one statement. */
    public record Snapshot(CommentingStateResponse commenting, long version) {}

    private record Row(
            long id,
            Long parentId,
            Long rootId,
            String author,
            boolean moderator,
            Comment.State state,
            String text,
            Instant createdAt) {}

    private static final String STATE = """
            WITH RECURSIVE up (id, parent_id, depth) AS (
                SELECT id, parent_id, 0 FROM content_item WHERE id = ? AND site_id = ?
                UNION ALL
                SELECT c.id, c.parent_id, up.depth + 1 FROM content_item c JOIN up ON c.id = up.parent_id WHERE up.depth < 64)
            SELECT s.settings::text, i.type,
                   %s,
                   t.version, o.item_id, o.state, o.open_from, o.open_until
            FROM site s
            LEFT JOIN content_item i ON i.id = ? AND i.site_id = s.id
            LEFT JOIN comment_thread t ON t.item_id = i.id
            LEFT JOIN LATERAL (SELECT co.* FROM up JOIN commenting_override co ON co.item_id = up.id
                               ORDER BY up.depth LIMIT 1) o ON true
            WHERE s.id = ?""".formatted(PublishedContent.liveItemCondition("i.id"));

    private static final String COLUMNS =
            "c.id, c.parent_id, c.root_id, c.author_alias, c.moderator, c.state, c.text, c.created_at";
    private static final String ROOTS = " FROM comment c WHERE c.item_id = ? AND c.parent_id IS NULL"
            + " AND (c.state = 'visible' OR EXISTS (SELECT 1 FROM comment d WHERE d.root_id = c.id AND d.state = 'visible'))";

    @Inject
    DeliveryDatabase db;

    @Inject
    ObjectMapper json;

    /** Whether the site offers comments, the item is served, whether it takes comments now, and its thread version. */
    public Snapshot snapshot(long siteId, long itemId, Instant now) {
        List<Object[]> rows = db.query(
                STATE,
                (c, s) -> {
                    s.setLong(1, itemId);
                    s.setLong(2, siteId);
                    s.setObject(3, OffsetDateTime.ofInstant(now, ZoneOffset.UTC));
                    s.setObject(4, OffsetDateTime.ofInstant(now, ZoneOffset.UTC));
                    s.setLong(5, itemId);
                    s.setLong(6, siteId);
                },
                r -> new Object[] {
                    r.getString(1),
                    r.getString(2),
                    r.getBoolean(3),
                    r.getLong(4),
                    SqlValues.nullableLong(r, 5),
                    r.getString(6),
                    SqlValues.instant(r.getTimestamp(7)),
                    SqlValues.instant(r.getTimestamp(8))
                });
        if (rows.isEmpty()) {
            throw ProblemException.notFound("Content", itemId);
        }
        Object[] r = rows.get(0);
        SiteSettings settings = settings((String) r[0]);
        Feature.comments.requireOn(settings.features());
        if (r[1] == null || !(Boolean) r[2]) {
            throw ProblemException.notFound("Content", itemId);
        }
        Rule nearest = r[4] == null
                ? null
                : new Rule((Long) r[4], CommentState.valueOf((String) r[5]), (Instant) r[6], (Instant) r[7]);
        return new Snapshot(
                CommentingRules.effective(settings, ContentType.valueOf((String) r[1]), nearest, now), (Long) r[3]);
    }

    /** One page of top-level comments with their threads; a disabled item shows none. */
    public CommentListResponse page(long itemId, CommentingStateResponse commenting, PageRequest page) {
        if (commenting.state() == CommentState.disabled) {
            return new CommentListResponse(itemId, commenting, List.of(), page.page(), page.size(), 0, 0);
        }
        PageResponse<CommentResponse> roots = roots(itemId, page);
        Map<Long, List<CommentResponse>> threads =
                threads(roots.items().stream().map(CommentResponse::id).toList());
        List<CommentResponse> items = roots.items().stream()
                .map(c -> new CommentResponse(
                        c.id(),
                        c.parentId(),
                        c.author(),
                        c.moderator(),
                        c.removed(),
                        c.text(),
                        c.html(),
                        c.createdAt(),
                        threads.getOrDefault(c.id(), List.of())))
                .toList();
        return new CommentListResponse(
                itemId, commenting, items, roots.page(), roots.size(), roots.totalItems(), roots.totalPages());
    }

    /** Top-level comments of an item, newest first, without their threads. */
    public PageResponse<CommentResponse> roots(long itemId, PageRequest page) {
        long total = db.query("SELECT count(*)" + ROOTS, (c, s) -> s.setLong(1, itemId), r -> r.getLong(1))
                .get(0);
        List<CommentResponse> items = total == 0
                ? List.of()
                : db
                        .query(
                                "SELECT " + COLUMNS + ROOTS + " ORDER BY c.created_at DESC, c.id DESC LIMIT ? OFFSET ?",
                                (c, s) -> {
                                    s.setLong(1, itemId);
                                    s.setInt(2, page.size());
                                    s.setInt(3, page.offset());
                                },
                                CommentDelivery::row)
                        .stream()
                        .map(r -> delivered(r, r.state() == Comment.State.visible))
                        .toList();
        return PageResponse.of(items, page, total);
    }

    /** The replies of many top-level comments in one statement, each thread oldest first, keyed by its top-level comment. */
    public Map<Long, List<CommentResponse>> threads(List<Long> rootIds) {
        Map<Long, List<Row>> byRoot = new LinkedHashMap<>();
        if (rootIds.isEmpty()) {
            return Map.of();
        }
        for (Row row : db.query(
                "SELECT " + COLUMNS + " FROM comment c WHERE c.root_id = ANY(?) ORDER BY c.created_at, c.id",
                (c, s) -> {
                    Array ids = c.createArrayOf("bigint", rootIds.toArray());
                    s.setArray(1, ids);
                },
                CommentDelivery::row)) {
            byRoot.computeIfAbsent(row.rootId(), k -> new ArrayList<>()).add(row);
        }
        Map<Long, List<CommentResponse>> result = new HashMap<>();
        byRoot.forEach((root, rows) -> result.put(root, shown(rows)));
        return result;
    }

    /** Visible replies, and the hidden ones they hang from as placeholders. */
    private static List<CommentResponse> shown(List<Row> rows) {
        Map<Long, Row> byId = new HashMap<>();
        rows.forEach(r -> byId.put(r.id(), r));
        Set<Long> keep = new HashSet<>();
        for (Row r : rows) {
            if (r.state() == Comment.State.visible) {
                Row at = r;
                while (at != null && keep.add(at.id())) {
                    at = at.parentId() == null ? null : byId.get(at.parentId());
                }
            }
        }
        return rows.stream()
                .filter(r -> keep.contains(r.id()))
                .map(r -> delivered(r, r.state() == Comment.State.visible))
                .toList();
    }

    private static CommentResponse delivered(Row r, boolean visible) {
        return visible
                ? new CommentResponse(
                        r.id(),
                        r.parentId(),
                        r.author(),
                        r.moderator(),
                        false,
                        r.text(),
                        WrittenText.html(r.text()),
                        r.createdAt(),
                        null)
                : new CommentResponse(r.id(), r.parentId(), null, false, true, null, null, r.createdAt(), null);
    }

    private static Row row(ResultSet r) throws SQLException {
        return new Row(
                r.getLong(1),
                SqlValues.nullableLong(r, 2),
                SqlValues.nullableLong(r, 3),
                r.getString(4),
                r.getBoolean(5),
                Comment.State.valueOf(r.getString(6)),
                r.getString(7),
                SqlValues.instant(r.getTimestamp(8)));
    }

    private SiteSettings settings(String text) {
        try {
            return json.readerFor(SiteSettings.class)
                    .without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                    .readValue(text);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
