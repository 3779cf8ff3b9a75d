package dev.beacon.admin.manage.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;

/** A site as the management API shows it to someone with a role on it. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ManagedSite(String slug, String name, String defaultLocale, List<SiteLocale> locales, Long version) {

    public List<SiteLocale> locales() {
        return locales == null ? List.of() : locales;
    }

    public SiteLocale locale(String code) {
        return locales().stream().filter(l -> l.code().equals(code)).findFirst().orElse(null);
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record SiteLocale(String code, String name, String fallback, List<String> chain) {}
}
