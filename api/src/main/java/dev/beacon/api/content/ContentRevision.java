package dev.beacon.api.content;

import dev.beacon.api.content.blocks.Block;
import dev.beacon.api.content.channels.ChannelMessage;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One saved state of a translation. Immutable here and in the database (a trigger refuses updates). */
@Entity
@Immutable
@Table(name = "content_revision")
public class ContentRevision extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "translation_id", nullable = false)
    public long translationId;

    @Column(nullable = false)
    public int number;

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

    public String author;

    public String note;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
}
