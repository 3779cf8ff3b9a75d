package dev.beacon.api.surveys;

import dev.beacon.api.surveys.SurveyModel.Question;
import dev.beacon.api.surveys.SurveyModel.SubmissionPolicy;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** The definition of a survey; the survey itself is the content item with the same id. */
@Entity
@Table(name = "survey")
public class Survey extends PanacheEntityBase {

    @Id
    @Column(name = "item_id")
    public Long itemId;

    @Column(name = "site_id", nullable = false, updatable = false)
    public long siteId;

    @Column(nullable = false)
    public boolean anonymous;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public SubmissionPolicy submissions;

    @Column(name = "opens_at")
    public Instant opensAt;

    @Column(name = "closes_at")
    public Instant closesAt;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public List<Question> questions;

    @Version
    public long version;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    boolean isOpenAt(Instant now) {
        return (opensAt == null || !now.isBefore(opensAt)) && (closesAt == null || now.isBefore(closesAt));
    }
}
