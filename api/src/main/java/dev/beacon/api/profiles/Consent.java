package dev.beacon.api.profiles;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Immutable;

/**
 * A record that a person accepted a document (terms, privacy notice, being contacted) in a given version, on a channel,
 * or that they withdrew that consent.
 */
@Entity
@Immutable
@Table(name = "consent")
public class Consent extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "profile_id", nullable = false)
    public long profileId;

    @Column(nullable = false)
    public String document;

    @Column(nullable = false)
    public String version;

    @Column(nullable = false)
    public String channel;

    @Column(name = "accepted_at", nullable = false)
    public Instant acceptedAt;

    /** This record takes the consent back (the person's latest record of a document is where they stand). */
    @Column(nullable = false)
    public boolean withdrawn;
}
