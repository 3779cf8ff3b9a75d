package dev.beacon.api.content;

import dev.beacon.api.content.blocks.Block;
import dev.beacon.api.content.channels.ChannelMessage;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** The working copy of one item in one locale. Every save also writes a {@link ContentRevision}. */
@Entity
@Table(name = "content_translation")
public class ContentTranslation extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

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

    @Version
    public long version;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
}
