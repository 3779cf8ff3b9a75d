package dev.beacon.channel.web.i18n;

import dev.beacon.channel.kit.model.Site;
import dev.beacon.channel.kit.model.SiteLocale;
import java.util.List;
import java.util.Locale;

/**
 * Which of the site's locales to serve: the {@code lang} the person picked (carried in every link and form,
 * so pages stay cacheable and no cookie is needed), else the best match of {@code Accept-Language}, else the
 * site's default.
 */
public final class LanguageChoice {

    private LanguageChoice() {}

    public static String choose(Site site, String lang, String acceptLanguage) {
        if (lang != null && site.hasLocale(lang)) {
            return lang;
        }
        if (acceptLanguage != null && !acceptLanguage.isBlank()) {
            try {
                List<Locale.LanguageRange> ranges = Locale.LanguageRange.parse(acceptLanguage);
                List<String> codes =
                        site.locales().stream().map(SiteLocale::code).toList();
                String exact = Locale.lookupTag(ranges, codes);
                if (exact != null) {
                    return codes.stream()
                            .filter(c -> c.equalsIgnoreCase(exact))
                            .findFirst()
                            .orElse(site.defaultLocale());
                }
            } catch (IllegalArgumentException malformed) {
                return site.defaultLocale();
            }
        }
        return site.defaultLocale();
    }
}
