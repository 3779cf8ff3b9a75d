package dev.beacon.api.notifications;

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

/** Something that happened for a person, for whichever channel they use to pick up. */
@Entity
@Table(name = "notification")
public class Notification extends PanacheEntityBase {

    /** The names are stored and sent; they never change. */
    public enum Kind {
        reply
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "site_id", nullable = false, updatable = false)
    public long siteId;

    @Column(name = "profile_id", nullable = false, updatable = false)
    public long profileId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    public Kind kind;

    @Column(name = "item_id", nullable = false, updatable = false)
    public long itemId;

    @Column(name = "comment_id", nullable = false, updatable = false)
    public long commentId;

    @Column(name = "in_reply_to", nullable = false, updatable = false)
    public long inReplyTo;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    @Column(name = "read_at")
    public Instant readAt;
}
