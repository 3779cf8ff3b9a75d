package dev.beacon.channel.kit.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.beacon.channel.kit.model.TokenResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class TokenSourceTest {

    private final AtomicInteger fetched = new AtomicInteger();
    private Instant now = Instant.parse("2026-01-01T00:00:00Z");

    private TokenSource source(long lifetimeSeconds) {
        Clock clock = new Clock() {
            @Override
            public ZoneOffset getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(java.time.ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                return now;
            }
        };
        return new TokenSource(
                () -> new TokenResponse("token-" + fetched.incrementAndGet(), lifetimeSeconds),
                Duration.ofSeconds(30),
                clock);
    }

    @Test
    void reusesTheTokenUntilThirtySecondsBeforeItExpires() {
        TokenSource tokens = source(300);

        assertEquals("token-1", tokens.token());
        now = now.plusSeconds(269);
        assertEquals("token-1", tokens.token());
        now = now.plusSeconds(1);
        assertEquals("token-2", tokens.token());
        assertEquals(2, fetched.get());
    }

    @Test
    void fetchesANewTokenAfterTheApiRefusedTheOldOne() {
        TokenSource tokens = source(300);
        tokens.token();

        tokens.invalidate();

        assertEquals("token-2", tokens.token());
    }

    @Test
    void renewsAShortLivedTokenAtHalfItsLifetime() {
        TokenSource tokens = source(20);
        tokens.token();

        now = now.plusSeconds(10);

        assertEquals("token-2", tokens.token());
    }
}
