package dev.beacon.admin.manage.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/** A site as the management API shows it to someone with a role on it. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ManagedSite(
        String slug, String name, String defaultLocale, List<SiteLocale> locales, JsonNode settings, Long version) {

    public List<SiteLocale> locales() {
        return locales == null ? List.of() : locales;
    }

    /** How many parts one SMS may take on this site (settings.sms.maxParts; the api's default is 3). */
    public int smsMaxParts() {
        return settings == null ? 3 : settings.path("sms").path("maxParts").asInt(3);
    }

    public SiteLocale locale(String code) {
        return locales().stream().filter(l -> l.code().equals(code)).findFirst().orElse(null);
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record SiteLocale(String code, String name, String fallback, List<String> chain) {}
}
