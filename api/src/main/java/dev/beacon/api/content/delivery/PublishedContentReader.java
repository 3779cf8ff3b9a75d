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

    /** A page of a list: its rows, the total (exact, or the count limit when there are more), the next cursor. */
    public record Page(List<Row> rows, long total, boolean exact, ListCursor next) {}

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
     * One page of a filtered list and its total, counted up to {@code countLimit} (beyond it the total is "more
     * than"). Every filter applies to the translation served: a row is a candidate when it matches and no live
     * translation earlier in the chain exists for its item (one index probe per candidate, whatever the chain's
     * length), so a fallback translation never matches for another and no per-item grouping runs over the site.
     * In publishing order the feed index is walked (or the keyset after a cursor), and the walk stops after one
     * page; relevance ranks only the {@code rankWindow} newest matches.
     */
    Page list(
            long siteId,
            List<String> chain,
            DeliveryQuery query,
            List<Long> parents,
            Instant now,
            int countLimit,
            int rankWindow) {
        Sql where = new Sql("p.site_id = ? AND p.locale = ANY(?) AND " + LIVE);
        where.bind((c, s, i) -> s.setLong(i, siteId));
        where.bind((c, s, i) -> s.setArray(i, c.createArrayOf("text", chain.toArray())));
        where.bind((c, s, i) -> setInstant(s, i, now));
        where.bind((c, s, i) -> setInstant(s, i, now));
        if (query.type() != null) {
            where.and("p.type = ?", (c, s, i) -> s.setString(i, query.type().name()));
        }
        if (query.section() != null) {
            where.and("p.parent_id = ?", (c, s, i) -> s.setLong(i, query.section()));
        }
        if (parents != null) {
            // descendantOf: every item below the section has one of the subtree's parents (a few sections)
            where.and("p.parent_id = ANY(?)", (c, s, i) -> s.setArray(i, c.createArrayOf("bigint", parents.toArray())));
        }
        if (query.tag() != null) {
            where.and("p.tags @> ARRAY[?]::text[]", (c, s, i) -> s.setString(i, query.tag()));
        }
        SearchTerms search = query.q() == null ? null : SearchTerms.of(query.q(), chain);
        if (search != null) {
            search.matches(where);
        }
        if (query.featured() != null) {
            where.and((query.featured() ? "" : "NOT ") + FEATURED.replace("featured_", "p.featured_"), (c, s, i) -> {
                setInstant(s, i, now);
            });
            where.bind((c, s, i) -> setInstant(s, i, now));
        }
        if (chain.size() > 1) {
            where.and(
                    "NOT EXISTS (SELECT 1 FROM published_content b WHERE b.item_id = p.item_id AND b.locale = ANY(?)"
                            + " AND array_position(?, b.locale) < array_position(?, p.locale) AND "
                            + LIVE.replace("p.", "b.") + ")",
                    (c, s, i) -> s.setArray(i, c.createArrayOf("text", chain.toArray())));
            where.bind((c, s, i) -> s.setArray(i, c.createArrayOf("text", chain.toArray())));
            where.bind((c, s, i) -> s.setArray(i, c.createArrayOf("text", chain.toArray())));
            where.bind((c, s, i) -> setInstant(s, i, now));
            where.bind((c, s, i) -> setInstant(s, i, now));
        }

        Sql page = new Sql("");
        Sql candidates = new Sql("SELECT " + SUMMARY_COLUMNS + ", featured_from, featured_until");
        if (search != null && query.order() == DeliveryQuery.Order.RELEVANCE) {
            // Rank the newest rankWindow matches only: ranking every match of a common word is what grows.
            candidates
                    .append(", search, search_config FROM published_content p WHERE ")
                    .append(where);
            candidates.append(" ORDER BY published_at DESC, item_id DESC LIMIT ?");
            candidates.bind((c, s, i) -> s.setInt(i, rankWindow));
            page.append("WITH candidates AS (").append(candidates).append("), page AS (SELECT *, ");
            search.rank(page);
            page.append(" AS rank FROM candidates");
        } else {
            page.append("WITH page AS (")
                    .append(candidates)
                    .append(", 0 AS rank FROM published_content p WHERE ")
                    .append(where);
            if (query.after() != null) {
                page.append(
                        query.after().descending()
                                ? " AND (p.published_at, p.item_id) < (?, ?)"
                                : " AND (p.published_at, p.item_id) > (?, ?)");
                page.bind((c, s, i) -> setInstant(s, i, query.after().publishedAt()));
                page.bind((c, s, i) -> s.setLong(i, query.after().itemId()));
            }
        }
        int offset = query.after() == null ? query.page().offset() : 0;
        page.append(" ORDER BY ").append(query.order().sql).append(" LIMIT ? OFFSET ?)");
        page.bind((c, s, i) -> s.setInt(i, query.page().size() + 1));
        page.bind((c, s, i) -> s.setInt(i, offset));
        page.append(", total AS (SELECT count(*) AS n FROM (SELECT 1 FROM published_content p WHERE ")
                .append(where)
                .append(" LIMIT ?) counted)");
        page.bind((c, s, i) -> s.setInt(i, countLimit + 1));
        page.append(" SELECT item_id, type, parent_id, position, locale, revision, title, subtitle, slug, tags,"
                        + " excerpt, published_at, ")
                .append(FEATURED)
                .append(" AS featured, NULL, NULL, total.n FROM total LEFT JOIN page ON true ORDER BY ")
                .append(query.order().sql);
        page.bind((c, s, i) -> setInstant(s, i, now));
        page.bind((c, s, i) -> setInstant(s, i, now));

        List<Counted> counted = db.queryPlannedEachTime(
                page.text(),
                page::bindAll,
                r -> new Counted(r.getObject(1) == null ? null : row(r, false), r.getLong(16)));
        long total = counted.isEmpty() ? 0 : counted.get(0).total();
        List<Row> rows = counted.stream()
                .map(Counted::row)
                .filter(java.util.Objects::nonNull)
                .toList();
        boolean more = rows.size() > query.page().size();
        if (more) {
            rows = rows.subList(0, query.page().size());
        }
        boolean exact = total <= countLimit;
        ListCursor next = more && query.keyset()
                ? new ListCursor(
                        query.order() == DeliveryQuery.Order.PUBLISHED_DESC,
                        rows.get(rows.size() - 1).publishedAt(),
                        rows.get(rows.size() - 1).id())
                : null;
        return new Page(rows, Math.min(total, countLimit), exact, next);
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

    /** The rendered body and SEO of a served translation (JSON text). */
    public record Full(String body, String seo) {}

    /** Bodies and SEO of a page of served translations in one statement, keyed "itemId|locale". */
    Map<String, Full> full(long siteId, List<Long> itemIds, List<String> locales) {
        Map<String, Full> result = new HashMap<>();
        db.query(
                "SELECT item_id, locale, body::text, seo::text FROM published_content"
                        + " WHERE site_id = ? AND item_id = ANY(?) AND locale = ANY(?)",
                (c, s) -> {
                    s.setLong(1, siteId);
                    s.setArray(2, c.createArrayOf("bigint", itemIds.toArray()));
                    s.setArray(3, c.createArrayOf("text", locales.toArray()));
                },
                r -> result.put(r.getLong(1) + "|" + r.getString(2), new Full(r.getString(3), r.getString(4))));
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
