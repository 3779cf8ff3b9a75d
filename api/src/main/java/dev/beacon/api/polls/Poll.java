package dev.beacon.api.polls;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** The language-neutral definition of a poll item; the question is each translation's title. */
@Entity
@Table(name = "poll")
public class Poll extends PanacheEntityBase {

    public enum Kind {
        single,
        multiple,
        text,
        number;

        public boolean hasChoices() {
            return this == single || this == multiple;
        }
    }

    /** Whether people see the results: after they voted, or never (the editors still do, in the export). */
    public enum Results {
        afterVoting,
        never
    }

    public enum ResultsAs {
        counts,
        percentages
    }

    /** Where a poll stands at an instant. */
    public enum State {
        upcoming,
        open,
        closed
    }

    @Id
    @Column(name = "item_id")
    public Long itemId;

    @Column(name = "site_id", nullable = false, updatable = false)
    public long siteId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Kind kind;

    @Column(name = "randomise_choices", nullable = false)
    public boolean randomiseChoices;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Results results;

    @Enumerated(EnumType.STRING)
    @Column(name = "results_as", nullable = false)
    public ResultsAs resultsAs;

    @Column(name = "opens_at")
    public Instant opensAt;

    @Column(name = "closes_at")
    public Instant closesAt;

    @Column(name = "short_name", nullable = false)
    public String shortName;

    @Column(name = "min_choices")
    public Integer minChoices;

    @Column(name = "max_choices")
    public Integer maxChoices;

    @Version
    public long version;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    public State state(Instant now) {
        if (opensAt != null && now.isBefore(opensAt)) {
            return State.upcoming;
        }
        if (closesAt != null && !now.isBefore(closesAt)) {
            return State.closed;
        }
        return State.open;
    }

    /** The next instant at which the state changes, or null. */
    public Instant nextChange(Instant now) {
        if (opensAt != null && now.isBefore(opensAt)) {
            return opensAt;
        }
        if (closesAt != null && now.isBefore(closesAt)) {
            return closesAt;
        }
        return null;
    }
}
