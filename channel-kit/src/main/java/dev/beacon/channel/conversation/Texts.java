package dev.beacon.channel.conversation;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The engine's own words in one locale, from {@code conversation/messages*.properties} (en is the base; pt, sw):
 * a site locale {@code pt-BR} reads {@code messages_pt_BR}, then {@code messages_pt}, then the English base.
 */
public final class Texts {

    private static final ResourceBundle.Control NO_JVM_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private final ResourceBundle bundle;
    private final Locale locale;

    private Texts(ResourceBundle bundle, Locale locale) {
        this.bundle = bundle;
        this.locale = locale;
    }

    public static Texts of(String languageTag) {
        Locale locale = Locale.forLanguageTag(languageTag == null ? "en" : languageTag);
        return new Texts(ResourceBundle.getBundle("conversation.messages", locale, NO_JVM_FALLBACK), locale);
    }

    public String get(String key) {
        try {
            return bundle.getString(key);
        } catch (MissingResourceException e) {
            // A missing text is a bug in this module, but the person still gets words rather than silence.
            return key;
        }
    }

    public String format(String key, Object... args) {
        return new MessageFormat(get(key), locale).format(args);
    }

    /** The words of a command in this locale, e.g. {@code command.stop = stop, unsubscribe}. */
    public List<String> words(String key) {
        return List.of(get(key).split("\\s*,\\s*"));
    }
}
