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

/** A person's report of a comment; one per person per comment (a UNIQUE constraint). */
@Entity
@Table(name = "comment_report")
public class CommentReport extends PanacheEntityBase {

    /** Why a comment was reported; the names are stored and sent, so they never change. */
    @org.eclipse.microprofile.graphql.Name("CommentReportReason")
    public enum Reason {
        spam,
        offensive,
        bullying,
        other
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "comment_id", nullable = false, updatable = false)
    public long commentId;

    @Column(name = "profile_id", nullable = false, updatable = false)
    public long profileId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    public Reason reason;

    @Column(updatable = false)
    public String note;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;
}
