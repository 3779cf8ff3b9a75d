package dev.beacon.channel.messenger.inbound;

import dev.beacon.channel.kit.chat.BundleTexts;

/** The adapter's own few words, per language ({@code messenger/texts*.properties}, UTF-8), English when missing. */
public final class AdapterTexts {

    private static final BundleTexts TEXTS = new BundleTexts("messenger.texts");

    private AdapterTexts() {}

    public static String get(String languageTag, String key, Object... args) {
        return TEXTS.get(languageTag, key, args);
    }
}
