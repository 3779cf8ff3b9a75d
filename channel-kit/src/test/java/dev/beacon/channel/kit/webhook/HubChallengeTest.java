package dev.beacon.channel.kit.webhook;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class HubChallengeTest {

    @Test
    void echoesTheChallengeForTheConfiguredToken() {
        assertEquals(Optional.of("1158201444"), HubChallenge.answer("subscribe", "tok", "1158201444", "tok"));
    }

    @Test
    void refusesAWrongTokenAnotherModeOrAMissingPart() {
        assertEquals(Optional.empty(), HubChallenge.answer("subscribe", "nope", "1", "tok"));
        assertEquals(Optional.empty(), HubChallenge.answer("unsubscribe", "tok", "1", "tok"));
        assertEquals(Optional.empty(), HubChallenge.answer(null, "tok", "1", "tok"));
        assertEquals(Optional.empty(), HubChallenge.answer("subscribe", null, "1", "tok"));
        assertEquals(Optional.empty(), HubChallenge.answer("subscribe", "tok", null, "tok"));
    }

    @Test
    void neverEchoesMarkup() {
        assertEquals(Optional.empty(), HubChallenge.answer("subscribe", "tok", "<script>", "tok"));
    }
}
