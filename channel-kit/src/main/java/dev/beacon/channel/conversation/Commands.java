package dev.beacon.channel.conversation;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;

/**
 * Command words, in every locale of the site and in English ({@code command.*} in the bundles): a person who
 * writes "parar" on an English screen still stops. Matching ignores case, accents and surrounding punctuation.
 */
final class Commands {

    enum Command {
        MENU,
        BACK,
        HELP,
        STOP,
        START,
        LANGUAGE
    }

    private Commands() {}

    static Command of(String text, List<Texts> locales) {
        String word = normal(text);
        if (word.isEmpty()) {
            return null;
        }
        for (Command command : Command.values()) {
            String key = "command." + command.name().toLowerCase(Locale.ROOT);
            for (Texts texts : locales) {
                if (texts.words(key).stream().map(Commands::normal).anyMatch(word::equals)) {
                    return command;
                }
            }
        }
        return null;
    }

    static String normal(String text) {
        if (text == null) {
            return "";
        }
        String stripped = Normalizer.normalize(text.strip().toLowerCase(Locale.ROOT), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "");
        return stripped.replaceAll("^[\\p{P}\\s]+|[\\p{P}\\s]+$", "");
    }
}
