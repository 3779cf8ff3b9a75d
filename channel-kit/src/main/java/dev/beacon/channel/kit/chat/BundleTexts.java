package dev.beacon.channel.kit.chat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.PropertyResourceBundle;
import java.util.ResourceBundle;

/**
 * An adapter's own few words, per language (e.g. {@code messenger/texts*.properties}, UTF-8), English when missing.
 * {@code {0}}, {@code {1}}… are replaced by the arguments; not MessageFormat: Meta's own placeholders
 * ({@code {{user_first_name}}}, a template's {@code {{1}}}) use braces too.
 */
public final class BundleTexts {

    private final String baseName;

    /** {@code baseName}: the bundle, e.g. {@code messenger.texts}. */
    public BundleTexts(String baseName) {
        this.baseName = baseName;
    }

    public String get(String languageTag, String key, Object... args) {
        ResourceBundle bundle = ResourceBundle.getBundle(
                baseName,
                Locale.forLanguageTag(languageTag == null ? "en" : languageTag.replace('_', '-')),
                BundleTexts.class.getClassLoader(),
                new Utf8Control());
        String text;
        try {
            text = bundle.getString(key);
        } catch (MissingResourceException e) {
            text = key;
        }
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
                String baseName, Locale locale, String format, ClassLoader loader, boolean reload) throws IOException {
            String name = toResourceName(toBundleName(baseName, locale), "properties");
            try (var in = loader.getResourceAsStream(name)) {
                return in == null
                        ? null
                        : new PropertyResourceBundle(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
        }
    }
}
