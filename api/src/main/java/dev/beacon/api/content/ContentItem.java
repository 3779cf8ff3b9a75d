package dev.beacon.api.content;

import dev.beacon.api.shared.db.VersionedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;

/** A node of a site's content tree, language-neutral; its words live in {@link ContentTranslation}s. */
@Entity
@Table(name = "content_item")
public class ContentItem extends VersionedEntity {

    @Column(name = "site_id", nullable = false, updatable = false)
    public long siteId;

    @Column(name = "parent_id")
    public Long parentId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    public ContentType type;

    @Column(nullable = false)
    public int position;

    @Column(name = "featured_from")
    public Instant featuredFrom;

    @Column(name = "featured_until")
    public Instant featuredUntil;
}
