package dev.beacon.api.sites;

import dev.beacon.api.shared.db.VersionedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One tenant: a brand in one country, with its own locales, settings and staff. */
@Entity
@Table(name = "site")
public class Site extends VersionedEntity {

    @Column(nullable = false, unique = true, updatable = false)
    public String slug;

    @Column(nullable = false)
    public String name;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public List<SiteLocale> locales;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public SiteSettings settings;

    public Locales localeChains() {
        return new Locales(locales);
    }
}
