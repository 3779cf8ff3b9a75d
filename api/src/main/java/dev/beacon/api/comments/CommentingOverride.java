package dev.beacon.api.comments;

import dev.beacon.api.sites.SiteSettings.CommentState;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** The commenting state a section or article sets for itself and everything below it. */
@Entity
@Table(name = "commenting_override")
public class CommentingOverride extends PanacheEntityBase {

    @Id
    @Column(name = "item_id")
    public Long itemId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public CommentState state;

    @Column(name = "open_from")
    public Instant openFrom;

    @Column(name = "open_until")
    public Instant openUntil;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Column(name = "updated_by")
    public String updatedBy;
}
