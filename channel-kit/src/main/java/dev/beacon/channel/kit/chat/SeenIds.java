package dev.beacon.channel.kit.chat;

import java.time.Duration;

/** Which platform message ids were already taken in, by any replica: Meta and WhatsApp redeliver. */
public final class SeenIds {

    private final ChatStore store;
    private final Duration ttl;

    public SeenIds(ChatStore store, Duration ttl) {
        this.store = store;
        this.ttl = ttl;
    }

    /** True exactly once per id across every replica sharing the store (for as long as {@code ttl}). */
    public boolean firstSighting(String id) {
        return store.putIfAbsent("seen:" + id, "1", ttl);
    }

    /** The event could not be taken after all (e.g. no room): a redelivery is handled again. */
    public void forget(String id) {
        store.remove("seen:" + id);
    }
}
