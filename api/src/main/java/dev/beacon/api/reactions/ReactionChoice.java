package dev.beacon.api.reactions;

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

/** One emoji or picture a person can react with; the key is stable because reactions point at it. */
@Entity
@Table(name = "reaction_choice")
public class ReactionChoice extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "item_id", nullable = false, updatable = false)
    public long itemId;

    @Column(nullable = false, updatable = false)
    public String key;

    @Column(nullable = false)
    public int position;

    public String emoji;

    @Column(name = "image_url")
    public String imageUrl;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public Map<String, String> labels;
}
