package dev.beacon.channel.messenger.inbound;

import java.util.Locale;
import java.util.MissingResourceException;
import java.util.PropertyResourceBundle;
import java.util.ResourceBundle;

/** The adapter's own few words, per language ({@code messenger/texts*.properties}, UTF-8), English when missing. */
public final class AdapterTexts {

    private AdapterTexts() {}

    public static String get(String languageTag, String key, Object... args) {
        ResourceBundle bundle = ResourceBundle.getBundle(
                "messenger.texts",
                Locale.forLanguageTag(languageTag == null ? "en" : languageTag.replace('_', '-')),
                AdapterTexts.class.getClassLoader(),
                new Utf8Control());
        String text;
        try {
            text = bundle.getString(key);
        } catch (MissingResourceException e) {
            text = key;
        }
        // Not MessageFormat: Meta's own placeholders ({{user_first_name}}) use braces too.
        for (int i = 0; i < args.length; i++) {
            text = text.replace("{" + i + "}", String.valueOf(args[i]));
        }
        return text;
    }

    /** Properties files read as UTF-8, and no fallback to the JVM's default locale. */
    private static final class Utf8Control extends ResourceBundle.Control {
        @Override
        public Locale getFallbackLocale(String baseName, Locale locale) {
            return null;
        }

        @Override
        public ResourceBundle newBundle(
                String baseName, Locale locale, String format, ClassLoader loader, boolean reload)
                throws java.io.IOException {
            String name = toResourceName(toBundleName(baseName, locale), "properties");
            try (var in = loader.getResourceAsStream(name)) {
                return in == null
                        ? null
                        : new PropertyResourceBundle(
                                new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
            }
        }
    }
}
