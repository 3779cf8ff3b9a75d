package dev.beacon.api.content.channels;

import dev.beacon.api.content.ContentType;
import java.util.List;
import java.util.Map;

/**
 * The few button titles a derived variant writes itself, in the site's languages (by the language of the locale;
 * English otherwise). Each is within every platform's button title limit.
 */
final class ChannelLabels {

    private static final Map<String, List<String>> LABELS = Map.of(
            // more, vote (poll), start (survey), enter (competition), open (anything else)
            "en", List.of("More", "Vote", "Start", "Enter", "Open"),
            "pt", List.of("Mais", "Votar", "Começar", "Participar", "Abrir"),
            "es", List.of("Más", "Votar", "Empezar", "Participar", "Abrir"),
            "fr", List.of("Suite", "Voter", "Commencer", "Participer", "Ouvrir"),
            "sw", List.of("Zaidi", "Piga kura", "Anza", "Shiriki", "Fungua"));

    private ChannelLabels() {}

    static String more(String locale) {
        return labels(locale).get(0);
    }

    static String open(ContentType type, String locale) {
        List<String> l = labels(locale);
        return switch (type) {
            case poll -> l.get(1);
            case survey -> l.get(2);
            case competition -> l.get(3);
            default -> l.get(4);
        };
    }

    static String longestOpen(String locale) {
        return labels(locale).subList(1, 5).stream()
                .max(java.util.Comparator.comparingInt(String::length))
                .orElseThrow();
    }

    private static List<String> labels(String locale) {
        String language = locale == null ? "en" : locale.split("-")[0];
        return LABELS.getOrDefault(language, LABELS.get("en"));
    }
}
