package dev.beacon.api.content.delivery;

import dev.beacon.api.content.ContentType;
import dev.beacon.api.shared.db.SqlValues;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The delivery queries over the published snapshot. Each picks, per item, the best translation of the
 * locale chain that is live at {@code now}: the live window is checked here, never assumed.
 */
@ApplicationScoped
public class PublishedContentReader {

    /** A row of the snapshot; {@code body} and {@code seo} are JSON text, present only for single reads. */
    public record Row(
            long id,
            ContentType type,
            Long parentId,
            int position,
            String locale,
            int revision,
            String title,
            String subtitle,
            String slug,
            List<String> tags,
            String excerpt,
            boolean featured,
            Instant publishedAt,
            String body,
            String seo) {}

    public record Page(List<Row> rows, long total) {}

    /** A row with the site it belongs to, for reads that span sites. */
    public record SiteRow(long siteId, Row row) {}

    private record Counted(Row row, long total) {}

    private static final String LIVE =
            "(p.live_from IS NULL OR p.live_from <= ?) AND (p.live_until IS NULL OR p.live_until > ?)";
    private static final String FEATURED =
            "(featured_from IS NOT NULL AND featured_from <= ? AND (featured_until IS NULL OR featured_until > ?))";
    private static final String SUMMARY_COLUMNS =
            "item_id, type, parent_id, position, locale, revision, title, subtitle, slug, tags, excerpt, published_at";

    @Inject
    DeliveryDatabase db;

    List<SiteTree.Entry> treeEntries(long siteId, Instant now) {
        return db.query(
                "SELECT item_id, parent_id, locale, slug FROM published_content p WHERE p.site_id = ? AND " + LIVE,
                (c, s) -> {
                    s.setLong(1, siteId);
                    setInstant(s, 2, now);
                    setInstant(s, 3, now);
                },
                r -> new SiteTree.Entry(r.getLong(1), SqlValues.nullableLong(r, 2), r.getString(3), r.getString(4)));
    }

    Optional<Row> one(long siteId, long itemId, List<String> chain, Instant now) {
        String sql = "SELECT " + SUMMARY_COLUMNS + ", " + FEATURED + " AS featured, body::text, seo::text"
                + " FROM published_content p WHERE p.site_id = ? AND p.item_id = ? AND p.locale = ANY(?) AND " + LIVE
                + " ORDER BY array_position(?, p.locale) LIMIT 1";
        return db
                .query(
                        sql,
                        (c, s) -> {
                            Array locales = c.createArrayOf("text", chain.toArray());
                            int i = 0;
                            setInstant(s, ++i, now);
                            setInstant(s, ++i, now);
                            s.setLong(++i, siteId);
                            s.setLong(++i, itemId);
                            s.setArray(++i, locales);
                            setInstant(s, ++i, now);
                            setInstant(s, ++i, now);
                            s.setArray(++i, locales);
                        },
                        r -> row(r, true))
                .stream()
                .findFirst();
    }

    /** A written variant of one channel: the locale it was written in and its messages as JSON. */
    public record Written(String locale, String messages) {}

    /** The first translation of the chain, live at {@code now}, that has a written variant for the channel. */
    Optional<Written> written(long siteId, long itemId, List<String> chain, String channel, Instant now) {
        String sql = "SELECT p.locale, (p.channels -> ?)::text FROM published_content p"
                + " WHERE p.site_id = ? AND p.item_id = ? AND p.locale = ANY(?) AND " + LIVE
                + " AND p.channels -> ? IS NOT NULL ORDER BY array_position(?, p.locale) LIMIT 1";
        return db
                .query(
                        sql,
                        (c, s) -> {
                            Array locales = c.createArrayOf("text", chain.toArray());
                            int i = 0;
                            s.setString(++i, channel);
                            s.setLong(++i, siteId);
                            s.setLong(++i, itemId);
                            s.setArray(++i, locales);
                            setInstant(s, ++i, now);
                            setInstant(s, ++i, now);
                            s.setString(++i, channel);
                            s.setArray(++i, locales);
                        },
                        r -> new Written(r.getString(1), r.getString(2)))
                .stream()
                .findFirst();
    }

    /** The blocks as editors wrote them (Markdown kept) of the published revision of one translation. */
    Optional<String> sourceBody(long siteId, long itemId, String locale) {
        return db
                .query(
                        "SELECT r.body::text FROM published_content p JOIN content_revision r"
                                + " ON r.translation_id = p.translation_id AND r.number = p.revision"
                                + " WHERE p.site_id = ? AND p.item_id = ? AND p.locale = ?",
                        (c, s) -> {
                            s.setLong(1, siteId);
                            s.setLong(2, itemId);
                            s.setString(3, locale);
                        },
                        r -> r.getString(1))
                .stream()
                .findFirst();
    }

    /**
     * One page of a filtered list. Item-level filters apply before the best translation is chosen,
     * translation-level ones (tag, search) after, so a fallback translation never matches for another.
     */
    Page list(long siteId, List<String> chain, DeliveryQuery query, List<Long> restrictTo, Instant now) {
        StringBuilder sql = new StringBuilder("WITH best AS (SELECT DISTINCT ON (p.item_id) p.*")
                .append(" FROM published_content p WHERE p.site_id = ? AND p.locale = ANY(?) AND ")
                .append(LIVE);
        List<Binding> bindings = new ArrayList<>();
        bindings.add((c, s, i) -> s.setLong(i, siteId));
        bindings.add((c, s, i) -> s.setArray(i, c.createArrayOf("text", chain.toArray())));
        bindings.add((c, s, i) -> setInstant(s, i, now));
        bindings.add((c, s, i) -> setInstant(s, i, now));
        if (query.type() != null) {
            sql.append(" AND p.type = ?");
            bindings.add((c, s, i) -> s.setString(i, query.type().name()));
        }
        if (query.section() != null) {
            sql.append(" AND p.parent_id = ?");
            bindings.add((c, s, i) -> s.setLong(i, query.section()));
        }
        if (restrictTo != null) {
            sql.append(" AND p.item_id = ANY(?)");
            bindings.add((c, s, i) -> s.setArray(i, c.createArrayOf("bigint", restrictTo.toArray())));
        }
        sql.append(" ORDER BY p.item_id, array_position(?, p.locale))");
        bindings.add((c, s, i) -> s.setArray(i, c.createArrayOf("text", chain.toArray())));

        sql.append(" SELECT ")
                .append(SUMMARY_COLUMNS)
                .append(", ")
                .append(FEATURED)
                .append(" AS featured, NULL, NULL,")
                .append(" count(*) OVER () AS total");
        bindings.add((c, s, i) -> setInstant(s, i, now));
        bindings.add((c, s, i) -> setInstant(s, i, now));
        if (query.q() != null) {
            sql.append(", ts_rank(search, websearch_to_tsquery(search_config, ?)) AS rank");
            bindings.add((c, s, i) -> s.setString(i, query.q()));
        }
        sql.append(" FROM best WHERE true");
        if (query.tag() != null) {
            sql.append(" AND tags @> ARRAY[?]::text[]");
            bindings.add((c, s, i) -> s.setString(i, query.tag()));
        }
        if (query.q() != null) {
            sql.append(" AND search @@ websearch_to_tsquery(search_config, ?)");
            bindings.add((c, s, i) -> s.setString(i, query.q()));
        }
        if (query.featured() != null) {
            sql.append(query.featured() ? " AND " : " AND NOT ").append(FEATURED);
            bindings.add((c, s, i) -> setInstant(s, i, now));
            bindings.add((c, s, i) -> setInstant(s, i, now));
        }
        sql.append(" ORDER BY ").append(query.order().sql).append(", item_id LIMIT ? OFFSET ?");
        bindings.add((c, s, i) -> s.setInt(i, query.page().size()));
        bindings.add((c, s, i) -> s.setInt(i, query.page().offset()));

        List<Counted> counted = db.query(
                sql.toString(),
                (c, s) -> {
                    for (int i = 0; i < bindings.size(); i++) {
                        bindings.get(i).bind(c, s, i + 1);
                    }
                },
                r -> new Counted(row(r, false), r.getLong(16)));
        List<Row> rows = counted.stream().map(Counted::row).toList();
        long total = counted.isEmpty() ? 0 : counted.get(0).total();
        if (rows.isEmpty() && query.page().page() > 1) {
            // Past the last page the window count is not available; the first page knows the total.
            total = list(
                            siteId,
                            chain,
                            new DeliveryQuery(
                                    query.type(),
                                    query.section(),
                                    query.descendantOf(),
                                    query.tag(),
                                    query.q(),
                                    query.featured(),
                                    query.order(),
                                    dev.beacon.api.shared.paging.PageRequest.of(1, 1)),
                            restrictTo,
                            now)
                    .total();
        }
        return new Page(rows, total);
    }

    /**
     * The live children of many sections (or the top-level sections of many sites, when {@code parents} is
     * null) in one statement, for GraphQL's batched resolvers. Each site brings its own locale chain.
     */
    List<SiteRow> children(Map<Long, List<String>> chains, List<Long> parents, Instant now) {
        String scope = parents == null ? "p.parent_id IS NULL AND p.type = 'section'" : "p.parent_id = ANY(?)";
        String sql =
                "WITH prefs AS (SELECT * FROM unnest(?::bigint[], ?::text[], ?::int[]) AS x(site_id, locale, rank))"
                        + " SELECT " + SUMMARY_COLUMNS + ", " + FEATURED + " AS featured, NULL, NULL, site_id FROM ("
                        + "SELECT DISTINCT ON (p.item_id) p.* FROM published_content p"
                        + " JOIN prefs ON prefs.site_id = p.site_id AND prefs.locale = p.locale"
                        + " WHERE " + scope + " AND " + LIVE + " ORDER BY p.item_id, prefs.rank) best"
                        + " ORDER BY parent_id NULLS FIRST, position, item_id";
        List<Long> siteIds = new ArrayList<>();
        List<String> locales = new ArrayList<>();
        List<Integer> ranks = new ArrayList<>();
        chains.forEach((site, chain) -> {
            for (int r = 0; r < chain.size(); r++) {
                siteIds.add(site);
                locales.add(chain.get(r));
                ranks.add(r);
            }
        });
        return db.query(
                sql,
                (c, s) -> {
                    int i = 0;
                    s.setArray(++i, c.createArrayOf("bigint", siteIds.toArray()));
                    s.setArray(++i, c.createArrayOf("text", locales.toArray()));
                    s.setArray(++i, c.createArrayOf("integer", ranks.toArray()));
                    setInstant(s, ++i, now);
                    setInstant(s, ++i, now);
                    if (parents != null) {
                        s.setArray(++i, c.createArrayOf("bigint", parents.toArray()));
                    }
                    setInstant(s, ++i, now);
                    setInstant(s, ++i, now);
                },
                r -> new SiteRow(r.getLong(16), row(r, false)));
    }

    /** Bodies of many served translations at once: (item id, locale) pairs → rendered body JSON. */
    Map<String, String> bodies(List<Long> itemIds, List<String> locales) {
        Map<String, String> result = new HashMap<>();
        db.query(
                "SELECT item_id, locale, body::text FROM published_content WHERE item_id = ANY(?) AND locale = ANY(?)",
                (c, s) -> {
                    s.setArray(1, c.createArrayOf("bigint", itemIds.toArray()));
                    s.setArray(2, c.createArrayOf("text", locales.toArray()));
                },
                r -> result.put(r.getLong(1) + "|" + r.getString(2), r.getString(3)));
        return result;
    }

    /** Every live translation of many items at once: the "other languages" of a page. */
    List<Row> translations(List<Long> itemIds, Instant now) {
        String sql = "SELECT " + SUMMARY_COLUMNS + ", false, NULL, NULL FROM published_content p"
                + " WHERE p.item_id = ANY(?) AND " + LIVE + " ORDER BY item_id, locale";
        return db.query(
                sql,
                (c, s) -> {
                    s.setArray(1, c.createArrayOf("bigint", itemIds.toArray()));
                    setInstant(s, 2, now);
                    setInstant(s, 3, now);
                },
                r -> row(r, false));
    }

    @FunctionalInterface
    private interface Binding {
        void bind(java.sql.Connection c, java.sql.PreparedStatement s, int index) throws SQLException;
    }

    private static Row row(ResultSet r, boolean full) throws SQLException {
        Array tags = r.getArray(10);
        return new Row(
                r.getLong(1),
                ContentType.valueOf(r.getString(2)),
                SqlValues.nullableLong(r, 3),
                r.getInt(4),
                r.getString(5),
                r.getInt(6),
                r.getString(7),
                r.getString(8),
                r.getString(9),
                tags == null ? List.of() : Arrays.asList((String[]) tags.getArray()),
                r.getString(11),
                r.getBoolean(13),
                SqlValues.instant(r.getTimestamp(12)),
                full ? r.getString(14) : null,
                full ? r.getString(15) : null);
    }

    private static void setInstant(java.sql.PreparedStatement s, int index, Instant value) throws SQLException {
        s.setObject(index, OffsetDateTime.ofInstant(value, ZoneOffset.UTC));
    }
}
