package dev.beacon.api.tips;

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
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A short text a person sent; public only once a moderator published it. */
@Entity
@Table(name = "tip")
public class Tip extends PanacheEntityBase {

    @Name("TipState")
    @Schema(name = "TipState")
    public enum State {
        submitted,
        published,
        rejected
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "site_id", nullable = false, updatable = false)
    public long siteId;

    /** Null once the author was erased and the site kept the tip without them. */
    @Column(name = "profile_id")
    public Long profileId;

    @Column(nullable = false)
    public String text;

    @Column(name = "display_name")
    public String displayName;

    public String locale;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public State state;

    @Column(nullable = false)
    public boolean featured;

    @Column(name = "article_id")
    public Long articleId;

    @Column(name = "submitted_at", nullable = false, updatable = false)
    public Instant submittedAt;

    @Column(name = "published_at")
    public Instant publishedAt;

    @Column(name = "moderated_by")
    public String moderatedBy;
}
