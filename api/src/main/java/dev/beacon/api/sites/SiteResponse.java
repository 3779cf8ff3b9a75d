package dev.beacon.api.sites;

import java.time.Instant;
import java.util.List;

/** A site as staff see it: everything, including its version for optimistic locking. */
public record SiteResponse(
        String slug,
        String name,
        String defaultLocale,
        List<LocaleResponse> locales,
        SiteSettings settings,
        long version,
        Instant createdAt,
        Instant updatedAt) {

    /** A locale with its resolved fallback chain, so clients never compute it themselves. */
    public record LocaleResponse(String code, String name, String fallback, List<String> chain) {}

    static List<LocaleResponse> locales(Locales locales) {
        return locales.all().stream()
                .map(l -> new LocaleResponse(l.code(), l.name(), l.fallback(), locales.chainFor(l.code())))
                .toList();
    }

    public static SiteResponse of(Site site) {
        Locales locales = site.localeChains();
        return new SiteResponse(
                site.slug,
                site.name,
                locales.defaultLocale(),
                locales(locales),
                site.settings,
                site.version,
                site.createdAt,
                site.updatedAt);
    }
}
