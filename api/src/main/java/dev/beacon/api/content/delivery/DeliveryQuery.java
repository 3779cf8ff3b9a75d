package dev.beacon.api.content.delivery;

import dev.beacon.api.content.ContentType;
import dev.beacon.api.shared.error.ProblemException;
import dev.beacon.api.shared.paging.PageRequest;
import java.util.Locale;

/** The filters of a delivery list, validated once at the edge. */
public record DeliveryQuery(
        ContentType type,
        Long section,
        Long descendantOf,
        String tag,
        String q,
        Boolean featured,
        Order order,
        PageRequest page,
        ListCursor after,
        ListFields fields) {

    public enum Order {
        PUBLISHED_DESC("-publishedAt", "published_at DESC, item_id DESC"),
        PUBLISHED_ASC("publishedAt", "published_at ASC, item_id ASC"),
        TITLE_ASC("title", "lower(title) ASC, item_id"),
        TITLE_DESC("-title", "lower(title) DESC, item_id"),
        POSITION("position", "position ASC, item_id"),
        RELEVANCE("relevance", "rank DESC, published_at DESC, item_id DESC");

        final String param;
        final String sql;

        Order(String param, String sql) {
            this.param = param;
            this.sql = sql;
        }

        static Order parse(String value, boolean searching) {
            if (value == null || value.isBlank()) {
                return searching ? RELEVANCE : PUBLISHED_DESC;
            }
            for (Order o : values()) {
                if (o.param.equals(value)) {
                    if (o == RELEVANCE && !searching) {
                        throw ProblemException.invalid("order", "relevance needs a search (q)");
                    }
                    return o;
                }
            }
            throw ProblemException.invalid(
                    "order", "must be one of -publishedAt, publishedAt, title, -title, position, relevance");
        }
    }

    /** Every published item of one type, newest first, a page at a time (the lists of polls, surveys, competitions). */
    public static DeliveryQuery ofType(String type, Integer page, Integer size) {
        return of(type, null, null, null, null, null, null, page, size, null, null);
    }

    public static DeliveryQuery of(
            String type,
            Long section,
            Long descendantOf,
            String tag,
            String q,
            Boolean featured,
            String order,
            Integer page,
            Integer size,
            String after,
            String fields) {
        ContentType contentType = null;
        if (type != null && !type.isBlank()) {
            try {
                contentType = ContentType.valueOf(type);
            } catch (IllegalArgumentException e) {
                throw ProblemException.invalid("type", "must be one of section, article, page, banner");
            }
        }
        String query = q == null || q.isBlank() ? null : q.strip();
        if (query != null && query.length() > 200) {
            throw ProblemException.invalid("q", "must be at most 200 characters");
        }
        String normalisedTag = tag == null || tag.isBlank() ? null : tag.strip().toLowerCase(Locale.ROOT);
        Order parsedOrder = Order.parse(order, query != null);
        ListCursor cursor = null;
        if (after != null && !after.isBlank()) {
            if (parsedOrder != Order.PUBLISHED_DESC && parsedOrder != Order.PUBLISHED_ASC) {
                throw ProblemException.invalid("after", "cursor paging needs order -publishedAt or publishedAt");
            }
            if (page != null && page != 1) {
                throw ProblemException.invalid("after", "give either page or after, not both");
            }
            cursor = ListCursor.decode(after.strip());
            if (cursor.descending() != (parsedOrder == Order.PUBLISHED_DESC)) {
                throw ProblemException.invalid("after", "the cursor is from a list in the other order");
            }
        }
        return new DeliveryQuery(
                contentType,
                section,
                descendantOf,
                normalisedTag,
                query,
                featured,
                parsedOrder,
                PageRequest.of(page, size),
                cursor,
                ListFields.parse(fields));
    }

    /** Whether the list is in publishing order, the order cursors page through. */
    boolean keyset() {
        return order == Order.PUBLISHED_DESC || order == Order.PUBLISHED_ASC;
    }

    /** A stable cache key: the same filters always give the same key. */
    String key() {
        return type + "|" + section + "|" + descendantOf + "|" + tag + "|" + q + "|" + featured + "|" + order + "|"
                + page.page() + "|" + page.size() + "|" + (after == null ? null : after.encode()) + "|"
                + (fields == null ? null : fields.key());
    }
}
