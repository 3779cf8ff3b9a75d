package dev.beacon.channel.kit.auth;

import java.time.Instant;

/** A bearer token and when to stop using it. */
record CachedToken(String value, Instant renewAt) {

    boolean usableAt(Instant now) {
        return now.isBefore(renewAt);
    }
}
