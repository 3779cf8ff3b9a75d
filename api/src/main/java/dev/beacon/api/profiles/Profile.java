package dev.beacon.api.profiles;

import dev.beacon.api.shared.db.VersionedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** A pseudonymous person on one site, reachable through one or more {@link ChannelIdentity}s. */
@Entity
@Table(name = "profile")
public class Profile extends VersionedEntity {

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
}
