package dev.beacon.api.comments;

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

/** A comment on a content item, by a person or by the site's moderators; the text is kept exactly as written. */
@Entity
@Table(name = "comment")
public class Comment extends PanacheEntityBase {

    /** The names are stored; they never change. */
    public enum State {
        /** Delivered. */
        visible,
        /** Taken out of delivery, by a moderator or by reaching the report threshold; waiting for a decision. */
        hidden,
        /** Deleted by a moderator: the text stays for audit and is never delivered. */
        deleted,
        /** The author was erased with their writing: the text is gone. */
        removed
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "site_id", nullable = false, updatable = false)
    public long siteId;

    @Column(name = "item_id", nullable = false, updatable = false)
    public long itemId;

    @Column(name = "parent_id", updatable = false)
    public Long parentId;

    @Column(name = "root_id", updatable = false)
    public Long rootId;

    @Column(name = "profile_id")
    public Long profileId;

    @Column(name = "author_alias")
    public String authorAlias;

    @Column(nullable = false, updatable = false)
    public boolean moderator;

    @Column(name = "moderator_account", updatable = false)
    public String moderatorAccount;

    public String text;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public State state;

    @Column(nullable = false)
    public boolean approved;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    @Column(name = "moderated_at")
    public Instant moderatedAt;

    @Column(name = "moderated_by")
    public String moderatedBy;

    /** Raised on every change of state or approval; moderators name it in If-Match. */
    @Column(nullable = false)
    public long version;
}
