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
        Profiles profiles,
        Sms sms) {

    /** SMS delivery: how many concatenated parts one message may take (the site's {@code sms.maxParts}). */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Sms(Integer maxParts) {}

    /** The site's {@code sms.maxParts}, 3 (the api's default) when it does not say. */
    public int smsMaxParts() {
        return sms == null || sms.maxParts() == null ? 3 : sms.maxParts();
    }

    public boolean hasLocale(String code) {
        return locales != null && locales.stream().anyMatch(l -> l.code().equals(code));
    }
}
