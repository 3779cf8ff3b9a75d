package dev.beacon.channel.web.i18n;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** The interface strings of one language, from {@code messages/web_<lang>.properties}. */
public final class Texts {

    /** Languages the interface is translated into; the first is the fallback. */
    public static final List<String> LANGUAGES = List.of("en", "pt");

    private final String language;
    private final ResourceBundle bundle;

    private Texts(String language) {
        this.language = language;
        this.bundle = ResourceBundle.getBundle(
                "messages.web",
                Locale.forLanguageTag(language),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    private static final java.util.Map<String, Texts> ALL =
            java.util.Map.of("en", new Texts("en"), "pt", new Texts("pt"));

    /** The interface language for a site locale: itself, else its language ({@code pt-BR → pt}), else English. */
    public static Texts forLocale(String siteLocale) {
        String lang = siteLocale == null ? "en" : siteLocale.split("-")[0].toLowerCase(Locale.ROOT);
        return ALL.getOrDefault(lang, ALL.get("en"));
    }

    public String language() {
        return language;
    }

    public String get(String key) {
        try {
            return bundle.getString(key);
        } catch (MissingResourceException e) {
            throw new IllegalArgumentException("No interface text '" + key + "' in " + language, e);
        }
    }

    public boolean has(String key) {
        return bundle.containsKey(key);
    }

    public String format(String key, Object... args) {
        return new MessageFormat(get(key), Locale.forLanguageTag(language)).format(args);
    }
}
