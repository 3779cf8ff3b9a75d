package dev.beacon.channel.messenger.setup;

import java.util.List;
import java.util.Map;

/**
 * Messenger's locales (e.g. {@code pt_BR}) for a site's locale codes (e.g. {@code pt}, {@code pt-BR}): a region
 * code maps to itself, a bare language to the locales Messenger lists for it.
 */
public final class MessengerLocales {

    private static final Map<String, List<String>> BY_LANGUAGE = Map.ofEntries(
            Map.entry("en", List.of("en_US", "en_GB", "en_UD")),
            Map.entry("pt", List.of("pt_BR", "pt_PT")),
            Map.entry("es", List.of("es_ES", "es_LA")),
            Map.entry("fr", List.of("fr_FR", "fr_CA")),
            Map.entry("sw", List.of("sw_KE")),
            Map.entry("zu", List.of("zu_ZA")),
            Map.entry("xh", List.of("xh_ZA")),
            Map.entry("af", List.of("af_ZA")),
            Map.entry("ar", List.of("ar_AR")),
            Map.entry("hi", List.of("hi_IN")),
            Map.entry("id", List.of("id_ID")),
            Map.entry("ha", List.of("ha_NG")),
            Map.entry("yo", List.of("yo_NG")),
            Map.entry("ig", List.of("ig_NG")),
            Map.entry("am", List.of("am_ET")),
            Map.entry("so", List.of("so_SO")),
            Map.entry("rw", List.of("rw_RW")),
            Map.entry("ny", List.of("ny_MW")));

    private MessengerLocales() {}

    public static List<String> of(String siteLocale) {
        String[] parts = siteLocale.split("[-_]");
        if (parts.length >= 2) {
            return List.of(parts[0].toLowerCase() + "_" + parts[1].toUpperCase());
        }
        return BY_LANGUAGE.getOrDefault(parts[0].toLowerCase(), List.of());
    }
}
