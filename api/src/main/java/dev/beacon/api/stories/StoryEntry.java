package dev.beacon.api.stories;

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

/** A person's story sent to a competition, stored exactly as written. */
@Entity
@Table(name = "story_entry")
public class StoryEntry extends PanacheEntityBase {

    @Name("StoryEntryState")
    @Schema(name = "StoryEntryState")
    public enum State {
        submitted,
        read,
        shortlisted,
        winner
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "competition_id", nullable = false, updatable = false)
    public long competitionId;

    @Column(name = "site_id", nullable = false, updatable = false)
    public long siteId;

    /** Null once the author was erased and the site kept the story without them. */
    @Column(name = "profile_id")
    public Long profileId;

    @Column(nullable = false)
    public String title;

    @Column(nullable = false)
    public String text;

    @Column(name = "real_name")
    public String realName;

    @Column(name = "hide_real_name", nullable = false)
    public boolean hideRealName;

    @Column(name = "terms_version", nullable = false, updatable = false)
    public String termsVersion;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public State state;

    @Column(name = "article_id")
    public Long articleId;

    @Column(name = "submitted_at", nullable = false, updatable = false)
    public Instant submittedAt;

    @Column(name = "changed_at", nullable = false)
    public Instant changedAt;
}
