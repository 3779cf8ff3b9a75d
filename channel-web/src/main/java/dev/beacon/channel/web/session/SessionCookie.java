package dev.beacon.channel.web.session;

import dev.beacon.channel.web.config.WebConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The session cookie's value: {@code web:<uuid>.<issued epoch seconds>.<0|1>.<HMAC>}. Anything unsigned,
 * tampered with or older than {@code beacon.web.session.max-age} reads as no session.
 */
@ApplicationScoped
public class SessionCookie {

    public static final String NAME = "beacon_session";
    private static final Pattern SUBJECT =
            Pattern.compile("^web:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$");

    @Inject
    Signer signer;

    @Inject
    WebConfig config;

    Clock clock = Clock.systemUTC();

    public Session fresh(boolean signedIn) {
        return new Session(
                "web:" + UUID.randomUUID(),
                clock.instant().truncatedTo(java.time.temporal.ChronoUnit.SECONDS),
                signedIn);
    }

    public String encode(Session session) {
        String payload =
                session.subject() + "." + session.issuedAt().getEpochSecond() + "." + (session.signedIn() ? "1" : "0");
        return payload + "." + signer.sign(payload);
    }

    public Session decode(String value) {
        if (value == null) {
            return null;
        }
        int cut = value.lastIndexOf('.');
        if (cut < 0 || !signer.verify(value.substring(0, cut), value.substring(cut + 1))) {
            return null;
        }
        String[] parts = value.substring(0, cut).split("\\.");
        if (parts.length != 3 || !SUBJECT.matcher(parts[0]).matches()) {
            return null;
        }
        Instant issued;
        try {
            issued = Instant.ofEpochSecond(Long.parseLong(parts[1]));
        } catch (NumberFormatException e) {
            return null;
        }
        if (issued.plus(config.session().maxAge()).isBefore(clock.instant())) {
            return null;
        }
        return new Session(parts[0], issued, "1".equals(parts[2]));
    }

    public long maxAgeSeconds() {
        return config.session().maxAge().toSeconds();
    }

    public boolean secure() {
        return config.session().secure();
    }
}
