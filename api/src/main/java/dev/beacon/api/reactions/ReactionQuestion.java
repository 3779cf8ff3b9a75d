package dev.beacon.api.reactions;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Map;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A question under an article, answered with one emoji or picture; its words are per locale. */
@Entity
@Table(name = "reaction_question")
public class ReactionQuestion extends PanacheEntityBase {

    @Id
    @Column(name = "item_id")
    public Long itemId;

    @Column(name = "site_id", nullable = false, updatable = false)
    public long siteId;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public Map<String, String> question;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "thank_you", nullable = false)
    public Map<String, String> thankYou;

    @Version
    public long version;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
}
