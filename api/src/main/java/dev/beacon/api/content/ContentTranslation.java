package dev.beacon.api.content;

import dev.beacon.api.content.blocks.Block;
import dev.beacon.api.content.channels.ChannelMessage;
import dev.beacon.api.shared.db.VersionedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** The working copy of one item in one locale. Every save also writes a {@link ContentRevision}. */
@Entity
@Table(name = "content_translation")
public class ContentTranslation extends VersionedEntity {

    @Column(name = "item_id", nullable = false, updatable = false)
    public long itemId;

    @Column(nullable = false, updatable = false)
    public String locale;

    @Column(nullable = false)
    public String title;

    public String subtitle;

    @Column(nullable = false)
    public String slug;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public List<Block> body;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false)
    public List<String> tags;

    @JdbcTypeCode(SqlTypes.JSON)
    public Seo seo;

    /** Written channel variants by channel name (whatsapp, messenger, …); null when there are none. */
    @JdbcTypeCode(SqlTypes.JSON)
    public Map<String, List<ChannelMessage>> channels;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public TranslationStatus status;

    @Column(name = "current_revision", nullable = false)
    public int currentRevision;

    @Column(name = "published_revision")
    public Integer publishedRevision;

    @Column(name = "live_from")
    public Instant liveFrom;

    @Column(name = "live_until")
    public Instant liveUntil;
}
