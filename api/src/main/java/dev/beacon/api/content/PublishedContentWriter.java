package dev.beacon.api.content;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.beacon.api.content.blocks.Block;
import dev.beacon.api.content.blocks.BlockRenderer;
import dev.beacon.api.content.blocks.LibraryImages;
import dev.beacon.api.content.blocks.RenderedBlock;
import dev.beacon.api.content.channels.WrittenVariants;
import dev.beacon.api.sites.Locales;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.io.UncheckedIOException;
import java.sql.PreparedStatement;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.hibernate.Session;

/**
 * Writes the delivery snapshot. Publishing renders a revision once (HTML, text, excerpt, search vector)
 * so that delivery reads do no rendering at all. Runs inside the caller's transaction.
 */
@ApplicationScoped
public class PublishedContentWriter {

    private static final String UPSERT = """
            INSERT INTO published_content (translation_id, item_id, site_id, parent_id, type, position, locale,
                revision, title, subtitle, slug, tags, excerpt, body, seo, search_config, search,
                live_from, live_until, featured_from, featured_until, published_at, channels)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, CAST(? AS json), CAST(? AS json), CAST(? AS regconfig),
                beacon_search_vector(CAST(? AS regconfig), ?, ?, ?, CAST(? AS json)),
                ?, ?, ?, ?, ?, CAST(? AS json))
            ON CONFLICT (translation_id) DO UPDATE SET
                parent_id = EXCLUDED.parent_id, position = EXCLUDED.position, revision = EXCLUDED.revision,
                title = EXCLUDED.title, subtitle = EXCLUDED.subtitle, slug = EXCLUDED.slug, tags = EXCLUDED.tags,
                excerpt = EXCLUDED.excerpt, body = EXCLUDED.body, seo = EXCLUDED.seo,
                search_config = EXCLUDED.search_config, search = EXCLUDED.search,
                live_from = EXCLUDED.live_from, live_until = EXCLUDED.live_until,
                featured_from = EXCLUDED.featured_from, featured_until = EXCLUDED.featured_until,
                published_at = EXCLUDED.published_at, channels = EXCLUDED.channels""";

    @Inject
    EntityManager em;

    @Inject
    ObjectMapper json;

    @Inject
    LibraryImages libraryImages;

    public void publish(ContentItem item, ContentTranslation translation, ContentRevision revision, Instant now) {
        LibraryImages.Resolved resolved = libraryImages.resolve(item.siteId, translation.locale, revision.body);
        List<RenderedBlock> body = resolved.render(embeddedKinds(revision.body));
        String config = Locales.searchConfig(translation.locale);
        var channels = WrittenVariants.resolve(revision.channels, resolved.blocks());
        String rendered = toJson(body);
        em.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement s = connection.prepareStatement(UPSERT)) {
                int i = 0;
                s.setLong(++i, translation.id);
                s.setLong(++i, item.id);
                s.setLong(++i, item.siteId);
                setLong(s, ++i, item.parentId);
                s.setString(++i, item.type.name());
                s.setInt(++i, item.position);
                s.setString(++i, translation.locale);
                s.setInt(++i, revision.number);
                s.setString(++i, revision.title);
                s.setString(++i, revision.subtitle);
                s.setString(++i, revision.slug);
                s.setArray(++i, connection.createArrayOf("text", revision.tags.toArray()));
                s.setString(++i, BlockRenderer.excerpt(revision.subtitle, body));
                s.setString(++i, rendered);
                s.setString(++i, revision.seo == null ? null : toJson(revision.seo));
                s.setString(++i, config);
                // the vector is computed in SQL (V14's beacon_search_vector), the same way bulk loads compute it
                s.setString(++i, config);
                s.setString(++i, revision.title);
                s.setString(++i, revision.subtitle);
                s.setArray(++i, connection.createArrayOf("text", revision.tags.toArray()));
                s.setString(++i, rendered);
                setInstant(s, ++i, translation.liveFrom);
                setInstant(s, ++i, translation.liveUntil);
                setInstant(s, ++i, item.featuredFrom);
                setInstant(s, ++i, item.featuredUntil);
                setInstant(s, ++i, now);
                s.setString(++i, channels == null ? null : toJson(channels));
                s.executeUpdate();
            }
        });
    }

    /** The types of the items that embed blocks name (checked when saved), in one query; previews render with it too. */
    public java.util.function.Function<Long, String> embeddedKinds(List<Block> blocks) {
        List<Long> ids = blocks.stream()
                .filter(b -> b instanceof Block.Embed)
                .map(b -> ((Block.Embed) b).itemId())
                .distinct()
                .toList();
        if (ids.isEmpty()) {
            return id -> null;
        }
        java.util.Map<Long, String> kinds = new java.util.HashMap<>();
        em.createQuery("select i.id, i.type from ContentItem i where i.id in :ids", Object[].class)
                .setParameter("ids", ids)
                .getResultList()
                .forEach(r -> kinds.put((Long) r[0], r[1].toString()));
        return kinds::get;
    }

    public void unpublish(long translationId) {
        unpublish(List.of(translationId));
    }

    public void unpublish(List<Long> translationIds) {
        if (!translationIds.isEmpty()) {
            em.createNativeQuery("DELETE FROM published_content WHERE translation_id IN (:ids)")
                    .setParameter("ids", translationIds)
                    .executeUpdate();
        }
    }

    /** Keeps the snapshot's copy of tree position and featured window in step with the item. */
    public void itemChanged(ContentItem item) {
        em.createNativeQuery("""
                UPDATE published_content SET parent_id = :parent, position = :position,
                    featured_from = :from, featured_until = :until
                WHERE item_id = :item""")
                .setParameter("parent", item.parentId)
                .setParameter("position", item.position)
                .setParameter("from", item.featuredFrom)
                .setParameter("until", item.featuredUntil)
                .setParameter("item", item.id)
                .executeUpdate();
    }

    private String toJson(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void setLong(PreparedStatement s, int index, Long value) throws java.sql.SQLException {
        if (value == null) {
            s.setNull(index, Types.BIGINT);
        } else {
            s.setLong(index, value);
        }
    }

    private static void setInstant(PreparedStatement s, int index, Instant value) throws java.sql.SQLException {
        if (value == null) {
            s.setNull(index, Types.TIMESTAMP_WITH_TIMEZONE);
        } else {
            s.setObject(index, OffsetDateTime.ofInstant(value, ZoneOffset.UTC));
        }
    }
}
