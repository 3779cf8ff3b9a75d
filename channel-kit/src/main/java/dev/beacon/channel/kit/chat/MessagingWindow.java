package dev.beacon.channel.kit.chat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * The platform's standard messaging window (Messenger and WhatsApp: 24 hours after the person's last message), per
 * person, shared by every replica: outside it the adapter sends nothing it knows the platform would refuse.
 */
public final class MessagingWindow {

    private final ChatStore store;
    private final Duration length;
    private final Clock clock;

    public MessagingWindow(ChatStore store, Duration length, Clock clock) {
        this.store = store;
        this.length = length;
        this.clock = clock;
    }

    /** The person wrote (or tapped) at {@code at}: the window runs from then. */
    public void personWrote(String identity, Instant at) {
        Duration left = length.minus(Duration.between(at, clock.instant()));
        if (!left.isNegative() && !left.isZero()) {
            store.put(key(identity), Long.toString(at.toEpochMilli()), left);
        }
    }

    public boolean isOpen(String identity) {
        return lastWrote(identity)
                .map(at -> at.plus(length).isAfter(clock.instant()))
                .orElse(false);
    }

    public Optional<Instant> lastWrote(String identity) {
        return store.get(key(identity)).map(v -> Instant.ofEpochMilli(Long.parseLong(v)));
    }

    private static String key(String identity) {
        return "window:" + identity;
    }
}
