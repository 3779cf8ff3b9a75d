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
        PageRequest page) {

    public enum Order {
        PUBLISHED_DESC("-publishedAt", "published_at DESC"),
        PUBLISHED_ASC("publishedAt", "published_at ASC"),
        TITLE_ASC("title", "lower(title) ASC"),
        TITLE_DESC("-title", "lower(title) DESC"),
        POSITION("position", "position ASC"),
        RELEVANCE("relevance", "rank DESC");

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

    public static DeliveryQuery of(
            String type,
            Long section,
            Long descendantOf,
            String tag,
            String q,
            Boolean featured,
            String order,
            Integer page,
            Integer size) {
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
        return new DeliveryQuery(
                contentType,
                section,
                descendantOf,
                normalisedTag,
                query,
                featured,
                Order.parse(order, query != null),
                PageRequest.of(page, size));
    }

    /** A stable cache key: the same filters always give the same key. */
    String key() {
        return type + "|" + section + "|" + descendantOf + "|" + tag + "|" + q + "|" + featured + "|" + order + "|"
                + page.page() + "|" + page.size();
    }
}
