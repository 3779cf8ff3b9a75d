package dev.beacon.channel.ussd.sms;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.beacon.channel.kit.BeaconPeople;
import dev.beacon.channel.kit.testing.sms.SmsApiDouble;
import dev.beacon.channel.ussd.support.Dialer;
import dev.beacon.channel.ussd.support.SmsDoubleResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * SMS against the real packaged api and the SMS API double: keywords, numbered replies, STOP in the api, the part
 * cap, retries, and the full article asked for from USSD.
 */
@QuarkusTest
@QuarkusTestResource(SmsDoubleResource.class)
class SmsTest {

    private final SmsApiDouble sms = SmsDoubleResource.sms();

    @Inject
    Optional<SmsBeans.Sms> on;

    @Inject
    SmsGateway gateway;

    private static String newNumber() {
        return "+2557" + String.format("%08d", Math.floorMod(UUID.randomUUID().getMostSignificantBits(), 100_000_000L));
    }

    private List<SmsApiDouble.Sent> texts(String from, String text) {
        int before = sms.sentTo(from).size();
        given().contentType("application/x-www-form-urlencoded")
                .formParam("from", from)
                .formParam("to", "24123")
                .formParam("text", text)
                .formParam("id", "ATXid_in_" + UUID.randomUUID())
                .formParam("date", "2026-12-03 12:00:00")
                .post("/sms/test-path-secret")
                .then()
                .statusCode(200);
        List<SmsApiDouble.Sent> all = sms.sentTo(from);
        List<SmsApiDouble.Sent> replies = all.subList(before, all.size());
        assertFalse(replies.isEmpty(), "no SMS answered " + text);
        for (SmsApiDouble.Sent s : replies) {
            assertTrue(s.count().parts() <= 3, "the demo site allows 3 parts: " + s.count() + " " + s.message());
            assertEquals("24123", s.from());
        }
        return replies;
    }

    private static String joined(List<SmsApiDouble.Sent> replies) {
        return String.join(
                "\n--\n", replies.stream().map(SmsApiDouble.Sent::message).toList());
    }

    @Test
    void menuThenANumberThenAPollVoteByKeywords() {
        String me = newNumber();
        String menu = joined(texts(me, "MENU"));
        assertTrue(menu.contains("Health") && menu.matches("(?s).*\\d+\\. Have your say.*"), menu);
        String number = menu.replaceAll("(?s).*?(\\d+)\\. Have your say.*", "$1");
        String section = joined(texts(me, number));
        assertTrue(section.contains("Where do you get health"), section);
        String poll = joined(texts(me, section.replaceAll("(?s).*?(\\d+)\\. Where do you get health.*", "$1")));
        assertTrue(poll.contains("The internet"), poll);
        String voted = joined(texts(me, poll.replaceAll("(?s).*?(\\d+)\\. The internet.*", "$1")));
        assertTrue(voted.contains("Thank you for voting") && voted.contains("%"), voted);
    }

    @Test
    void stopWithdrawsConsentInTheApiAndStartGivesItBack() {
        String me = newNumber();
        texts(me, "menu");
        assertTrue(joined(texts(me, "STOP")).contains("no more messages"));
        BeaconPeople people = on.orElseThrow().people();
        String identity = "sms:" + me.substring(1);
        assertTrue(people.consentOf("demo", identity, "contact").withdrawn());
        String after = joined(texts(me, "menu"));
        assertTrue(after.contains("You stopped messages") && !after.contains("Health"), after);
        assertTrue(joined(texts(me, "START")).contains("Welcome back"));
        assertFalse(people.consentOf("demo", identity, "contact").withdrawn());
        // Portuguese keyword for the menu, and help
        assertTrue(joined(texts(me, "ajuda")).length() > 0);
    }

    @Test
    void theSameSmsDeliveredTwiceIsAnsweredOnce() {
        String me = newNumber();
        for (int i = 0; i < 2; i++) {
            given().contentType("application/x-www-form-urlencoded")
                    .formParam("from", me)
                    .formParam("to", "24123")
                    .formParam("text", "menu")
                    .formParam("id", "ATXid_twice_" + me)
                    .post("/sms/test-path-secret")
                    .then()
                    .statusCode(200);
        }
        assertEquals(1, sms.sentTo(me).size());
    }

    @Test
    void badCallbacksAreRefusedAndTheCallbackIsGuardedLikeUssd() {
        given().contentType("application/x-www-form-urlencoded")
                .formParam("from", "not a number")
                .formParam("to", "24123")
                .formParam("text", "menu")
                .post("/sms/test-path-secret")
                .then()
                .statusCode(400)
                .body("type", equalTo("https://beacon.dev/problems/validation"));
        given().contentType("application/x-www-form-urlencoded")
                .formParam("from", newNumber())
                .formParam("to", "24123")
                .formParam("text", "menu")
                .post("/sms")
                .then()
                .statusCode(404);
    }

    @Test
    void theGatewayRetries5xxAndRateLimitsButNotARefusal() {
        String me = newNumber();
        int before = sms.calls();
        sms.failNext(1, 503, null).failNext(1, 429, "0");
        assertEquals(SmsGateway.Outcome.SENT, gateway.send(me, "Hello"));
        assertEquals(before + 3, sms.calls());
        assertEquals("Hello", sms.sentTo(me).get(0).message());

        sms.blacklist("+255700000009");
        int calls = sms.calls();
        assertEquals(SmsGateway.Outcome.REFUSED, gateway.send("+255700000009", "Hello"));
        assertEquals(calls + 1, sms.calls(), "a refused recipient is not retried");

        sms.failNext(4, 500, null);
        calls = sms.calls();
        assertEquals(SmsGateway.Outcome.GAVE_UP, gateway.send(me, "Again"));
        assertEquals(calls + 4, sms.calls(), "4 attempts, then it gives up");
    }

    @Test
    void theCircuitOpensWhenTheSmsApiKeepsFailingAndClosesOnceItAnswersAgain() throws InterruptedException {
        String me = newNumber();
        sms.failNext(40, 503, null);
        SmsGateway.Outcome outcome = null;
        for (int i = 0; i < 10 && outcome != SmsGateway.Outcome.UNAVAILABLE; i++) {
            outcome = gateway.send(me, "Try " + i); // 4 attempts each, every one failing
        }
        assertEquals(SmsGateway.Outcome.UNAVAILABLE, outcome, "the circuit opened after repeated failures");
        int calls = sms.calls();
        assertEquals(SmsGateway.Outcome.UNAVAILABLE, gateway.send(me, "While open"));
        assertEquals(calls, sms.calls(), "an open circuit does not call the SMS API");
        sms.healthy();
        Thread.sleep(1_300); // the circuit's delay in the tests: 1 s
        assertEquals(SmsGateway.Outcome.SENT, gateway.send(me, "Back"), "the trial call goes through");
        assertEquals(SmsGateway.Outcome.SENT, gateway.send(me, "And again"), "and the circuit is closed");
        assertEquals(
                List.of("Back", "And again"),
                sms.sentTo(me).stream().map(SmsApiDouble.Sent::message).toList());
    }

    @Test
    void theFullArticleAskedForOnUssdComesBySmsWithinTheDailyCap() {
        Dialer phone = new Dialer("*384*123#");
        phone.dial().picks("Health");
        phone.picks("Mental health");
        phone.picks("When stress gets too much").says("99 Full text by SMS");
        phone.types("99").says("on its way by SMS");
        List<SmsApiDouble.Sent> article = sms.sentTo(phone.phone());
        assertFalse(article.isEmpty());
        assertTrue(
                article.get(0).message().startsWith("When stress gets too much"),
                article.get(0).message());
        for (SmsApiDouble.Sent s : article) {
            assertTrue(s.count().parts() <= 3, s.count().toString());
        }
        // the screen is still the article's: 0 goes back to the section
        phone.types("0").offering("When stress gets too much");
        phone.picks("When stress gets too much");
        phone.types("99").says("on its way by SMS");
        phone.types("99").says("2 articles by SMS today");
        int count = sms.sentTo(phone.phone()).size();
        assertEquals(2 * article.size(), count, "the third was not sent");
    }

    @Test
    void repliesArePackedUnderThePartCapInGsm7AndUcs2() {
        List<String> three = List.of("a".repeat(150), "b".repeat(150), "c".repeat(150), "d".repeat(150));
        List<String> packed = SmsConversation.pack(three, 3);
        assertEquals(2, packed.size(), packed.toString());
        assertTrue(packed.get(0).startsWith("a") && packed.get(0).contains("c"));
        List<String> ucs2 = SmsConversation.pack(List.of("ã".repeat(60), "õ".repeat(60), "ç".repeat(60)), 2);
        assertEquals(2, ucs2.size(), "UCS-2: 67 per part, so two of 60 (with the blank line) fill 2 parts");
        assertEquals(List.of("one"), SmsConversation.pack(List.of("one"), 1));
    }
}
