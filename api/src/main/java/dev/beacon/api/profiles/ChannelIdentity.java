package dev.beacon.api.profiles;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One way a person reaches a site: {@code channel:externalId}, e.g. {@code whatsapp:15550100000}. */
@Entity
@Table(name = "channel_identity")
public class ChannelIdentity extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "profile_id", nullable = false)
    public long profileId;

    @Column(name = "site_id", nullable = false, updatable = false)
    public long siteId;

    @Column(nullable = false, updatable = false)
    public String channel;

    @Column(name = "external_id", nullable = false, updatable = false)
    public String externalId;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    public String subject() {
        return channel + ":" + externalId;
    }
}
