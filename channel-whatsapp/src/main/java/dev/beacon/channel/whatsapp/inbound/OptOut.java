package dev.beacon.channel.whatsapp.inbound;

import dev.beacon.channel.conversation.screens.CornerScreens;
import dev.beacon.channel.kit.BeaconPeople;
import dev.beacon.channel.kit.model.ConsentRequest;
import dev.beacon.channel.whatsapp.conversation.WhatsAppConversation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Opting out of messages: "STOP" (or the word for it in any of the adapter's languages, {@code stop.words} in
 * {@code whatsapp/texts*.properties}) records the withdrawal of the person's consent to WhatsApp messages in the api
 * (document {@value #DOCUMENT}); "START" (or its word) records it again. A person who opted out gets no template.
 */
@ApplicationScoped
public class OptOut {

    /** The consent document in the api: being sent messages on WhatsApp. */
    public static final String DOCUMENT = "whatsapp-messages";

    static final String VERSION = "1";
    private static final List<String> LANGUAGES = List.of("en", "pt", "sw");

    @Inject
    BeaconPeople people;

    /** What the person asked: to stop ({@code stop}) or to start again, in the language of the word they used. */
    public record Command(boolean stop, String language) {}

    private final Map<String, Command> commands = commands();

    /** The command the text is, if it is one: the whole text, any case, trailing dots and spaces aside. */
    public Optional<Command> command(String text) {
        return text == null ? Optional.empty() : Optional.ofNullable(commands.get(normal(text)));
    }

    public void record(String site, String identity, boolean withdrawn) {
        people.consent(site, identity, new ConsentRequest(DOCUMENT, VERSION, withdrawn));
    }

    /**
     * Whether the person's latest word on WhatsApp messages, or on being contacted at all (the engine's "stop" in My
     * corner), is a withdrawal (never asked: not opted out).
     */
    public boolean optedOut(String site, String identity) {
        return people.withdrew(site, identity, DOCUMENT) || people.withdrew(site, identity, CornerScreens.CONTACT);
    }

    private static Map<String, Command> commands() {
        Map<String, Command> out = new HashMap<>();
        for (String language : LANGUAGES) {
            for (boolean stop : new boolean[] {true, false}) {
                for (String word : WhatsAppConversation.TEXTS
                        .get(language, stop ? "stop.words" : "start.words")
                        .split(",")) {
                    if (!word.isBlank()) {
                        out.putIfAbsent(normal(word), new Command(stop, language));
                    }
                }
            }
        }
        return Map.copyOf(out);
    }

    private static String normal(String text) {
        return text.strip().replaceAll("[\\s.!]+$", "").replaceAll("\\s+", " ").toUpperCase(Locale.ROOT);
    }
}
