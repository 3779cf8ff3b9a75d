package dev.beacon.channel.ussd.callback;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.beacon.channel.ussd.support.Dialer;
import dev.beacon.channel.ussd.support.SmsDoubleResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The USSD callback against the real, packaged api and its demo content: whole sessions as Africa's Talking relays
 * them (the input history in every step), every screen measured by {@link Dialer} (≤ 182 GSM-7 characters).
 */
@QuarkusTest
@QuarkusTestResource(SmsDoubleResource.class)
class UssdCallbackTest {

    private static final String CODE = "*384*123#";

    @Test
    void theDemoSessionMenuSectionArticleSummaryPollVoteAndResults() {
        Dialer phone = new Dialer(CODE);
        phone.dial().says("Welcome to Beacon Demo").offering("Health").offering("Have your say");
        phone.picks("Relationships").says("Relationships").offering("What consent means");
        phone.picks("What consent means").says("What consent means").says("consent");
        phone.types("0").offering("What consent means"); // back: the section
        phone.types("0").offering("Have your say"); // back: the menu
        phone.picks("Have your say").offering("Where do you get health information?");
        phone.picks("Where do you get health information?").offering("The internet");
        phone.picks("The internet")
                .says("Thank you for voting")
                .says("The internet: ")
                .says("%");
        assertTrue(phone.screens().size() >= 8, "every screen measured: " + phone.screens());
        // dialled again: a new session, and the api remembers the vote
        Dialer again = new Dialer(CODE, phone.phone());
        again.dial().picks("Have your say");
        again.picks("Where do you get health information?")
                .says("You have voted")
                .doesNotSay("1. The internet");
    }

    @Test
    void aLongArticleIsPagedWithDoubleZeroAndEveryPageIsNew() {
        Dialer phone = new Dialer(CODE);
        phone.dial().picks("Health");
        phone.picks("Mental health");
        phone.picks("When stress gets too much").says("When stress gets too much");
        Set<String> pages = new HashSet<>();
        pages.add(phone.screen());
        int more = 0;
        while (phone.offers("More") && more < 30) {
            String before = phone.screen();
            phone.types("00");
            assertNotEquals(before, phone.screen(), "00 shows the next part");
            pages.add(phone.screen());
            more++;
        }
        assertTrue(more >= 1, "a USSD screen cannot hold the whole article");
        assertEquals(more + 1, pages.size(), "every page is different");
        // "00" and the More option's own number show the same page
        Dialer other = new Dialer(CODE, phone.phone());
        other.dial().picks("Health");
        other.picks("Mental health");
        other.picks("When stress gets too much");
        String second = other.picks("More").screen();
        Dialer third = new Dialer(CODE, phone.phone());
        third.dial().picks("Health");
        third.picks("Mental health");
        third.picks("When stress gets too much");
        assertEquals(second, third.types("00").screen());
    }

    @Test
    void aPortugueseSessionIsWrittenInGsm7() {
        Dialer phone = new Dialer(CODE);
        phone.dial().picks("Language").offering("Portugu");
        phone.picks("Portugu").offering("Saude").offering("Dicas").says("o que queres ler?");
        phone.picks("Relac").offering("O que e o consentimento");
        phone.picks("O que e o consentimento").says("consentimento");
        phone.types("0").offering("O que e o consentimento");
        phone.types("0").offering("A tua voz");
    }

    @Test
    void anyReplicaAnswersAnyStepFromTheHistoryAlone() {
        Dialer stepByStep = new Dialer(CODE);
        stepByStep.dial().picks("Health");
        stepByStep.picks("Mental health");
        String history = stepByStep.history();
        // A session this adapter never saw, arriving at its third step: replayed from the history.
        String replayed = given().contentType("application/x-www-form-urlencoded")
                .formParam("sessionId", "ATUid_unseen_" + System.nanoTime())
                .formParam("serviceCode", CODE)
                .formParam("phoneNumber", stepByStep.phone())
                .formParam("networkCode", "63902")
                .formParam("text", history)
                .post(Dialer.SECRET_PATH)
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assertEquals("CON " + stepByStep.screen(), replayed);
    }

    @Test
    void anUnknownNumberSaysSoAndKeepsTheScreen() {
        Dialer phone = new Dialer(CODE);
        phone.dial().types("42").says("There is no option 42").offering("Health");
    }

    @Test
    void theCallbackIsOnlyAtItsSecretPath() {
        for (String path : new String[] {"/ussd", "/ussd/wrong-secret", "/ussd/test-path-secreT"}) {
            given().contentType("application/x-www-form-urlencoded")
                    .formParam("sessionId", "s1")
                    .formParam("serviceCode", CODE)
                    .formParam("phoneNumber", "+254700000001")
                    .formParam("text", "")
                    .post(path)
                    .then()
                    .statusCode(404)
                    .contentType("application/problem+json")
                    .body("type", equalTo("https://beacon.dev/problems/not-found"));
        }
    }

    @Test
    void aBadCallbackIsRefusedWithAProblem() {
        given().contentType("application/x-www-form-urlencoded")
                .formParam("serviceCode", CODE)
                .formParam("phoneNumber", "+254700000001")
                .post(Dialer.SECRET_PATH)
                .then()
                .statusCode(400)
                .body("type", equalTo("https://beacon.dev/problems/validation"))
                .body("detail", containsString("sessionId"));
        given().contentType("application/x-www-form-urlencoded")
                .formParam("sessionId", "s2")
                .formParam("serviceCode", CODE)
                .formParam("phoneNumber", "not a number")
                .post(Dialer.SECRET_PATH)
                .then()
                .statusCode(400)
                .body("detail", containsString("phoneNumber"));
        given().contentType("application/x-www-form-urlencoded")
                .formParam("sessionId", "s3")
                .formParam("serviceCode", "*999#")
                .formParam("phoneNumber", "+254700000001")
                .post(Dialer.SECRET_PATH)
                .then()
                .statusCode(404)
                .body("detail", containsString("*999#"));
    }
}
