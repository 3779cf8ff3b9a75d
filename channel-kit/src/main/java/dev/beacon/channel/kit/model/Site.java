package dev.beacon.channel.kit.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;

/** A site as a channel reads it from {@code GET /api/v1/sites/{site}}. Only what channels use. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Site(
        String slug,
        String name,
        String defaultLocale,
        List<SiteLocale> locales,
        Skin skin,
        Features features,
        Profiles profiles) {

    public boolean hasLocale(String code) {
        return locales != null && locales.stream().anyMatch(l -> l.code().equals(code));
    }
}
