package dev.beacon.channel.kit.webhook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class StandardWebhooksTest {

    // The Standard Webhooks specification's published example (github.com/standard-webhooks/standard-webhooks)
    private static final String SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
    private static final String ID = "msg_p5jXN8AQM9LWM0D4loKWxJek";
    private static final long AT = 1614265330;
    private static final byte[] BODY = "{\"test\": 2432232314}".getBytes(StandardCharsets.UTF_8);
    private static final String VECTOR = "v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=";

    private final StandardWebhooks webhooks = new StandardWebhooks(SECRET, Duration.ofMinutes(5));
    private final Instant now = Instant.ofEpochSecond(AT + 30);

    @Test
    void reproducesAndAcceptsTheSpecificationsTestVector() {
        assertEquals(VECTOR, webhooks.sign(ID, AT, BODY));
        assertTrue(webhooks.verify(ID, Long.toString(AT), VECTOR, BODY, now));
    }

    @Test
    void acceptsWhenAnyOfSeveralSignaturesMatches() {
        String rotated = "v1,bm90IHRoZSByaWdodCBzaWduYXR1cmUgYXQgYWxsIQ== " + VECTOR + " v2,whatever";
        assertTrue(webhooks.verify(ID, Long.toString(AT), rotated, BODY, now));
    }

    @Test
    void refusesMissingWrongOrTamperedDeliveries() {
        String at = Long.toString(AT);
        assertFalse(webhooks.verify(ID, at, null, BODY, now));
        assertFalse(webhooks.verify(null, at, VECTOR, BODY, now));
        assertFalse(webhooks.verify(ID, null, VECTOR, BODY, now));
        assertFalse(webhooks.verify(ID, "soon", VECTOR, BODY, now));
        assertFalse(webhooks.verify(ID, at, VECTOR.substring(3), BODY, now), "no version");
        assertFalse(webhooks.verify(ID, at, "v1,***", BODY, now));
        assertFalse(webhooks.verify("msg_other", at, VECTOR, BODY, now), "another id");
        assertFalse(webhooks.verify(ID, Long.toString(AT + 1), VECTOR, BODY, now), "another time");
        byte[] respaced = "{\"test\":2432232314}".getBytes(StandardCharsets.UTF_8);
        assertFalse(webhooks.verify(ID, at, VECTOR, respaced, now), "re-serialised body");
        StandardWebhooks other =
                new StandardWebhooks("whsec_" + "b3RoZXItc2VjcmV0LW9mLXR3ZW50eS1mb3VyLWJ5dGVz", Duration.ofMinutes(5));
        assertFalse(other.verify(ID, at, VECTOR, BODY, now), "another secret");
    }

    @Test
    void refusesADeliverySignedTooLongAgoOrAhead() {
        String at = Long.toString(AT);
        assertTrue(webhooks.verify(ID, at, VECTOR, BODY, Instant.ofEpochSecond(AT + 300)));
        assertFalse(webhooks.verify(ID, at, VECTOR, BODY, Instant.ofEpochSecond(AT + 301)), "replayed later");
        assertFalse(webhooks.verify(ID, at, VECTOR, BODY, Instant.ofEpochSecond(AT - 301)), "from the future");
    }

    @Test
    void refusesASecretThatIsNotAStandardOne() {
        assertThrows(IllegalArgumentException.class, () -> new StandardWebhooks("plain", Duration.ofMinutes(5)));
        assertThrows(IllegalArgumentException.class, () -> new StandardWebhooks("whsec_***", Duration.ofMinutes(5)));
        assertThrows(
                IllegalArgumentException.class, () -> new StandardWebhooks("whsec_c2hvcnQ=", Duration.ofMinutes(5)));
    }
}
