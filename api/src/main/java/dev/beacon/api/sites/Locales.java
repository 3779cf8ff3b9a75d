package dev.beacon.api.sites;

import dev.beacon.api.shared.error.ProblemException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** A site's locales with their fallback chains, resolved once and shared by every read. */
public final class Locales {

    public static final String CODE_PATTERN = "^[a-z]{2,3}(-[A-Z][a-z]{3})?(-([A-Z]{2}|[0-9]{3}))?$";

    /** PostgreSQL full-text configurations by language; anything else is searched without stemming. */
    private static final Map<String, String> SEARCH_CONFIGS = Map.ofEntries(
            Map.entry("ar", "arabic"),
            Map.entry("hy", "armenian"),
            Map.entry("eu", "basque"),
            Map.entry("ca", "catalan"),
            Map.entry("da", "danish"),
            Map.entry("nl", "dutch"),
            Map.entry("en", "english"),
            Map.entry("fi", "finnish"),
            Map.entry("fr", "french"),
            Map.entry("de", "german"),
            Map.entry("el", "greek"),
            Map.entry("hi", "hindi"),
            Map.entry("hu", "hungarian"),
            Map.entry("id", "indonesian"),
            Map.entry("ga", "irish"),
            Map.entry("it", "italian"),
            Map.entry("lt", "lithuanian"),
            Map.entry("ne", "nepali"),
            Map.entry("no", "norwegian"),
            Map.entry("nb", "norwegian"),
            Map.entry("pt", "portuguese"),
            Map.entry("ro", "romanian"),
            Map.entry("ru", "russian"),
            Map.entry("sr", "serbian"),
            Map.entry("es", "spanish"),
            Map.entry("sv", "swedish"),
            Map.entry("ta", "tamil"),
            Map.entry("tr", "turkish"),
            Map.entry("yi", "yiddish"));

    private final List<SiteLocale> locales;
    private final Map<String, List<String>> chains;

    public Locales(List<SiteLocale> locales) {
        this.locales = List.copyOf(locales);
        this.chains = resolveChains(this.locales);
    }

    /** Checks a proposed list: not empty, no duplicates, fallbacks name listed locales, no cycles. */
    public static Locales validated(List<SiteLocale> locales) {
        if (locales == null || locales.isEmpty()) {
            throw ProblemException.invalid("locales", "a site needs at least one locale");
        }
        Set<String> codes = new LinkedHashSet<>();
        for (int i = 0; i < locales.size(); i++) {
            if (!codes.add(locales.get(i).code())) {
                throw ProblemException.invalid(
                        "locales[" + i + "].code", "'" + locales.get(i).code() + "' is listed twice");
            }
        }
        for (int i = 0; i < locales.size(); i++) {
            String fallback = locales.get(i).fallback();
            if (fallback != null && !codes.contains(fallback)) {
                throw ProblemException.invalid(
                        "locales[" + i + "].fallback", "'" + fallback + "' is not one of the site's locales");
            }
            if (i == 0 && fallback != null) {
                throw ProblemException.invalid("locales[0].fallback", "the default (first) locale cannot fall back");
            }
        }
        return new Locales(locales);
    }

    public List<SiteLocale> all() {
        return locales;
    }

    public String defaultLocale() {
        return locales.get(0).code();
    }

    public boolean contains(String code) {
        return chains.containsKey(code);
    }

    /**
     * The locales to try, best first, for a requested one. An unknown locale falls back by language
     * ({@code pt-PT → pt}) and always ends at the site's default, so every request has an answer.
     */
    public List<String> chainFor(String requested) {
        if (requested == null || requested.isBlank()) {
            return chains.get(defaultLocale());
        }
        List<String> chain = chains.get(requested);
        if (chain != null) {
            return chain;
        }
        String language = requested.split("-", 2)[0].toLowerCase(Locale.ROOT);
        List<String> byLanguage = chains.get(language);
        return byLanguage != null ? byLanguage : chains.get(defaultLocale());
    }

    public static String searchConfig(String locale) {
        // beacon_<language>: the built-in configuration with accents folded before stemming (migration V14)
        return "beacon_" + SEARCH_CONFIGS.getOrDefault(locale.split("-", 2)[0], "simple");
    }

    private static Map<String, List<String>> resolveChains(List<SiteLocale> locales) {
        Map<String, String> fallbackOf = new LinkedHashMap<>();
        locales.forEach(l -> fallbackOf.put(l.code(), l.fallback()));
        String defaultCode = locales.get(0).code();
        Map<String, List<String>> chains = new LinkedHashMap<>();
        for (SiteLocale locale : locales) {
            List<String> chain = new ArrayList<>();
            for (String at = locale.code(); at != null; at = fallbackOf.get(at)) {
                if (chain.contains(at)) {
                    throw ProblemException.invalid("locales", "fallbacks form a cycle through '" + at + "'");
                }
                chain.add(at);
            }
            if (!chain.contains(defaultCode)) {
                chain.add(defaultCode);
            }
            chains.put(locale.code(), List.copyOf(chain));
        }
        return Map.copyOf(chains);
    }
}
