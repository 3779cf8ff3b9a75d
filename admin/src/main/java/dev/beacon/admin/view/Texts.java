package dev.beacon.admin.view;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;

/** The interface in one language, from {@code messages/admin_<lang>.properties} (English is the base file). */
public final class Texts {

    /** The interface languages; the first is the fallback. */
    public static final List<String> LANGUAGES = List.of("en", "pt");

    private static final Map<String, Texts> ALL = Map.of("en", new Texts("en"), "pt", new Texts("pt"));

    private final String language;
    private final ResourceBundle bundle;

    private Texts(String language) {
        this.language = language;
        this.bundle = ResourceBundle.getBundle(
                "messages.admin",
                Locale.forLanguageTag(language),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    public static Texts of(String language) {
        return ALL.getOrDefault(language, ALL.get(LANGUAGES.get(0)));
    }

    /** The best interface language for an {@code Accept-Language} header. */
    public static String negotiate(String acceptLanguage) {
        if (acceptLanguage != null && !acceptLanguage.isBlank()) {
            try {
                String best = Locale.lookupTag(Locale.LanguageRange.parse(acceptLanguage), LANGUAGES);
                if (best != null) {
                    return best;
                }
                for (Locale.LanguageRange range : Locale.LanguageRange.parse(acceptLanguage)) {
                    String primary = range.getRange().split("-")[0];
                    if (LANGUAGES.contains(primary)) {
                        return primary;
                    }
                }
            } catch (IllegalArgumentException malformed) {
                return LANGUAGES.get(0);
            }
        }
        return LANGUAGES.get(0);
    }

    public String language() {
        return language;
    }

    public String get(String key) {
        return bundle.getString(key);
    }

    public String format(String key, Object... args) {
        return new MessageFormat(get(key), Locale.forLanguageTag(language)).format(args);
    }
}
