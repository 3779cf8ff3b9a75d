package dev.beacon.channel.kit.auth;

import dev.beacon.channel.kit.model.TokenResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;

/**
 * A channel's bearer token, fetched once and reused until shortly before it expires; callers get the same
 * token concurrently, and a 401 from the API makes the next call fetch a new one.
 */
public class TokenSource {

    private static final Duration UNKNOWN_LIFETIME = Duration.ofMinutes(1);

    private final Supplier<TokenResponse> fetch;
    private final Duration renewBefore;
    private final Clock clock;
    private volatile CachedToken current;

    public TokenSource(Supplier<TokenResponse> fetch, Duration renewBefore, Clock clock) {
        this.fetch = fetch;
        this.renewBefore = renewBefore;
        this.clock = clock;
    }

    public String token() {
        CachedToken token = current;
        if (token != null && token.usableAt(clock.instant())) {
            return token.value();
        }
        synchronized (this) {
            token = current;
            Instant now = clock.instant();
            if (token == null || !token.usableAt(now)) {
                TokenResponse answer = fetch.get();
                if (answer == null || answer.accessToken() == null) {
                    throw new IllegalStateException("The token endpoint answered without an access_token");
                }
                Duration lifetime =
                        answer.expiresIn() == null ? UNKNOWN_LIFETIME : Duration.ofSeconds(answer.expiresIn());
                Duration margin =
                        renewBefore.compareTo(lifetime.dividedBy(2)) < 0 ? renewBefore : lifetime.dividedBy(2);
                token = new CachedToken(answer.accessToken(), now.plus(lifetime).minus(margin));
                current = token;
            }
            return token.value();
        }
    }

    /** Forget the token (the API said 401), so the next call fetches a new one. */
    public void invalidate() {
        current = null;
    }
}
