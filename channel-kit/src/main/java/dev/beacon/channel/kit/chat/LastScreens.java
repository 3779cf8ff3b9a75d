package dev.beacon.channel.kit.chat;

import java.time.Duration;
import java.util.Optional;

/**
 * The engine's context token of the last screen shown to each person, so that a typed answer or number refers to
 * it whichever replica takes the next message. Kept for {@code ttl} (a conversation left longer starts afresh).
 */
public final class LastScreens {

    private final ChatStore store;
    private final Duration ttl;

    public LastScreens(ChatStore store, Duration ttl) {
        this.store = store;
        this.ttl = ttl;
    }

    public Optional<String> of(String identity) {
        return store.get(key(identity));
    }

    public void remember(String identity, String context) {
        if (context != null) {
            store.put(key(identity), context, ttl);
        }
    }

    private static String key(String identity) {
        return "screen:" + identity;
    }
}
