package dev.beacon.channel.kit.chat;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

/**
 * The engine's context token of the last screen shown to each person, so that a typed answer or number refers to
 * it whichever replica takes the next message. Kept for {@code ttl} by the adapter's clock, not only by the store's
 * expiry (Redis counts its own time), so a conversation left longer starts afresh by the same time the messaging
 * window reads; what must outlive it (a half-answered survey) is in the api.
 */
public final class LastScreens {

    /** Before the time a screen was shown, then {@code |} and the token (a token starts with its version digit). */
    private static final char STAMP = 't';

    private final ChatStore store;
    private final Duration ttl;
    private final Clock clock;

    public LastScreens(ChatStore store, Duration ttl, Clock clock) {
        this.store = store;
        this.ttl = ttl;
        this.clock = clock;
    }

    public Optional<String> of(String identity) {
        return store.get(key(identity)).flatMap(this::fresh);
    }

    public void remember(String identity, String context) {
        if (context != null) {
            store.put(key(identity), STAMP + Long.toString(clock.millis()) + "|" + context, ttl);
        }
    }

    private Optional<String> fresh(String stored) {
        int bar = stored.indexOf('|');
        if (stored.isEmpty() || stored.charAt(0) != STAMP || bar < 0) {
            return Optional.of(stored); // remembered before screens carried their time: the store's expiry rules
        }
        long shown;
        try {
            shown = Long.parseLong(stored.substring(1, bar));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
        return clock.millis() - shown < ttl.toMillis() ? Optional.of(stored.substring(bar + 1)) : Optional.empty();
    }

    private static String key(String identity) {
        return "screen:" + identity;
    }
}
