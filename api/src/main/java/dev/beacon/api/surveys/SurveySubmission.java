package dev.beacon.api.surveys;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One pass of a person through a survey; the step is what they are being asked now (empty once complete). */
@Entity
@Table(name = "survey_submission")
public class SurveySubmission extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "survey_id", nullable = false, updatable = false)
    public long surveyId;

    @Column(name = "profile_id")
    public Long profileId;

    /** What the person was promised when they started; a later change of the survey does not change it. */
    @Column(nullable = false, updatable = false)
    public boolean anonymous;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false)
    public List<String> step;

    @Column(name = "started_at", nullable = false)
    public Instant startedAt;

    @Column(name = "completed_at")
    public Instant completedAt;
}
