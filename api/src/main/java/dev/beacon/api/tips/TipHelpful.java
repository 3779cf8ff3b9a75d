package dev.beacon.api.tips;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A person found a tip helpful; after their erasure it stays as an anonymous count (no profile). */
@Entity
@Table(name = "tip_helpful")
public class TipHelpful extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "tip_id", nullable = false, updatable = false)
    public long tipId;

    @Column(name = "profile_id")
    public Long profileId;

    @Column(name = "marked_at", nullable = false, updatable = false)
    public Instant markedAt;
}
