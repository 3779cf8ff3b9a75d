package dev.beacon.api.stories;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** The rules of a story competition; its call for entries is the content item of the same id. */
@Entity
@Table(name = "competition")
public class Competition extends PanacheEntityBase {

    @Id
    @Column(name = "item_id")
    public Long itemId;

    @Column(name = "site_id", nullable = false, updatable = false)
    public long siteId;

    @Column(name = "opens_at", nullable = false)
    public Instant opensAt;

    @Column(name = "closes_at", nullable = false)
    public Instant closesAt;

    @Column(name = "terms_document", nullable = false)
    public String termsDocument;

    @Column(name = "terms_version", nullable = false)
    public String termsVersion;

    @Column(name = "max_text_length", nullable = false)
    public int maxTextLength;

    @Version
    public long version;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    public boolean isOpen(Instant now) {
        return !now.isBefore(opensAt) && now.isBefore(closesAt);
    }
}
