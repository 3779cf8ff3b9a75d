package dev.beacon.admin.signin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.beacon.admin.config.AdminConfig;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Sessions survive a restart and cross replicas: another process with the same secret opens them, no other can. */
class SessionCipherTest {

    private static final String SECRET = "a-secret-shared-by-every-replica-0123456789";

    @Test
    void anotherInstanceWithTheSameSecretOpensTheSessionAndNoOtherSecretDoes() {
        StaffMember eddie = new StaffMember("eddie", "header.claims.signature", Instant.parse("2030-01-01T00:00:00Z"));
        String cookie = DemoSession.seal(cipher(SECRET), eddie);

        assertEquals(
                Optional.of(eddie), DemoSession.open(cipher(SECRET), cookie, Instant.parse("2029-01-01T00:00:00Z")));
        assertEquals(
                Optional.empty(),
                DemoSession.open(cipher(SECRET + "!"), cookie, Instant.parse("2029-01-01T00:00:00Z")));
        assertEquals(Optional.empty(), DemoSession.open(cipher(SECRET), cookie, Instant.parse("2030-01-01T00:00:00Z")));
        assertEquals(Optional.empty(), DemoSession.open(cipher(SECRET), "not-base64!", Instant.EPOCH));
        assertTrue(!cookie.contains("eddie"));
    }

    @Test
    void aShortSecretIsRefusedAtStartUp() {
        assertThrows(IllegalStateException.class, () -> cipher("too-short"));
    }

    private static SessionCipher cipher(String secret) {
        return new SessionCipher(new AdminConfig() {
            @Override
            public Session session() {
                return new Session() {
                    @Override
                    public Optional<String> secret() {
                        return Optional.of(secret);
                    }

                    @Override
                    public Duration maxAge() {
                        return Duration.ofHours(8);
                    }

                    @Override
                    public boolean secure() {
                        return false;
                    }
                };
            }

            @Override
            public Demo demo() {
                return () -> List.of("eddie");
            }

            @Override
            public Web web() {
                return () -> "http://localhost:8081";
            }
        });
    }
}
