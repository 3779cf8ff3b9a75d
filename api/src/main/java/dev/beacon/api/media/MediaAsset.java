package dev.beacon.api.media;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One file of a site's media library and what editors say about it. The bytes live in {@link MediaStorage}. */
@Entity
@Table(name = "media_asset")
public class MediaAsset extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "site_id", nullable = false, updatable = false)
    public long siteId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public MediaKind kind;

    @Column(name = "media_type", nullable = false)
    public String mediaType;

    @Column(nullable = false)
    public String title;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public Map<String, String> alt;

    public String credit;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false)
    public List<String> tags;

    @Column(name = "focal_x", nullable = false)
    public float focalX;

    @Column(name = "focal_y", nullable = false)
    public float focalY;

    @Column(name = "file_version", nullable = false)
    public int fileVersion;

    @Column(name = "file_key", nullable = false)
    public String fileKey;

    /** SHA-256 (hex) of the stored file: rendition URLs carry its start, so a new file gets new URLs. */
    @Column(name = "file_hash", nullable = false)
    public String fileHash;

    @Column(name = "byte_size", nullable = false)
    public long byteSize;

    public Integer width;

    public Integer height;

    @Column(name = "file_name")
    public String fileName;

    @Column(name = "created_by")
    public String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    /** The part of the file hash that URLs carry: 64 bits tell versions of one asset apart. */
    public String urlHash() {
        return fileHash.substring(0, 16);
    }
}
