package dev.beacon.api.profiles;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;

/** A pseudonymous person on one site, reachable through one or more {@link ChannelIdentity}s. */
@Entity
@Table(name = "profile")
public class Profile extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "site_id", nullable = false, updatable = false)
    public long siteId;

    public String alias;

    @Column(name = "alias_key")
    public String aliasKey;

    public String avatar;

    @Column(name = "date_of_birth")
    public LocalDate dateOfBirth;

    public String gender;

    public String location;

    @Column(name = "pin_hash")
    public String pinHash;

    @Column(name = "failed_pin_attempts", nullable = false)
    public int failedPinAttempts;

    @Column(name = "locked_until")
    public Instant lockedUntil;

    @Version
    public long version;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
}
