package dev.beacon.channel.messenger.conversation;

import dev.beacon.channel.kit.chat.ChatStore;
import dev.beacon.channel.kit.graph.GraphAnswer;
import dev.beacon.channel.kit.graph.GraphClient;
import dev.beacon.channel.messenger.config.Page;
import java.time.Duration;
import java.util.Optional;

/**
 * What Messenger says about a person's language (User Profile API, {@code locale} such as {@code pt_BR}), asked once
 * and remembered for 30 days in the shared store. Meta gives {@code locale} only to apps granted it: no answer is
 * fine, the site's default applies.
 */
public final class LocaleHints {

    private static final Duration KEEP = Duration.ofDays(30);

    private final GraphClient graph;
    private final ChatStore store;

    public LocaleHints(GraphClient graph, ChatStore store) {
        this.graph = graph;
        this.store = store;
    }

    public Optional<String> of(Page page, String psid) {
        String key = "locale:" + page.id() + ":" + psid;
        Optional<String> known = store.get(key);
        if (known.isPresent()) {
            return known.filter(v -> !v.isEmpty());
        }
        GraphAnswer answer = graph.get(psid + "?fields=locale", page.accessToken());
        String locale = answer.ok() ? answer.body().path("locale").asText("") : "";
        if (!locale.matches("[a-z]{2,3}(_[A-Z]{2})?")) {
            locale = "";
        }
        // remember "nothing" too, so a page without the permission is not asked on every message
        store.put(key, locale, KEEP);
        return Optional.of(locale).filter(v -> !v.isEmpty());
    }
}
