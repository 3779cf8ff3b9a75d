package dev.beacon.api.polls;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.Map;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One choice of a poll; its key is stable because votes point at it. */
@Entity
@Table(name = "poll_choice")
public class PollChoice extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "poll_id", nullable = false, updatable = false)
    public long pollId;

    @Column(nullable = false, updatable = false)
    public String key;

    @Column(nullable = false)
    public int position;

    @Column(name = "short_name", nullable = false)
    public String shortName;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public Map<String, String> labels;
}
