package dev.beacon.channel.messenger.conversation;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.beacon.channel.kit.chat.PersonQueues;
import dev.beacon.channel.kit.testing.ApiUnderTest;
import dev.beacon.channel.kit.testing.SwitchedApi;
import dev.beacon.channel.kit.testing.graph.GraphDouble;
import dev.beacon.channel.messenger.support.GraphDoubleResource;
import dev.beacon.channel.messenger.support.MessengerPerson;
import dev.beacon.channel.messenger.support.MessengerPerson.Reply;
import dev.beacon.channel.messenger.support.Meta;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

/**
 * The conversation engine's scripts (channel-kit's {@code ConversationScriptsTest}) played end to end on Messenger:
 * signed webhooks into the adapter, the real packaged api and its demo content behind it, and the bot's answers read
 * from the Graph API double, which refuses anything over Meta's limits.
 */
@QuarkusTest
@QuarkusTestResource(GraphDoubleResource.class)
@QuarkusTestResource(SwitchedApi.class)
class MessengerScriptsTest {

    @Inject
    PersonQueues queues;

    private final GraphDouble graph = GraphDoubleResource.graph();

    private MessengerPerson person() {
        return new MessengerPerson(graph, queues, Meta.PAGE);
    }

    @Test
    void getStartedThenASectionAnArticlePagedWithMoreAndAReaction() {
        MessengerPerson person = person();
        person.getStarted().says("Welcome to Beacon Demo").offers("Relationships");
        person.taps("Relationships").says("Relationships").offers("What consent means");
        readToTheEnd(person, "What consent means");
        person.last().offers("React").offers("Comments");
        person.taps("React").says("How did this article make you feel?").offers("Helpful");
        person.taps("Helpful").says("Thank you! Your reaction helps us");
        person.sends("menu").offers("Health");
        assertRefusedNothing(person);
    }

    @Test
    void votesInTheDemoPollAndSeesTheResults() {
        MessengerPerson person = person();
        person.sends("menu").offers("Have your say");
        person.taps("Have your say").offers("Where do you get health information?");
        person.taps("Where do you get health information?")
                .offers("The internet")
                .offers("A clinic or nurse");
        person.taps("The internet")
                .says("Thank you for voting")
                .says("The internet: ")
                .says("%");
        person.sends("menu");
        person.taps("Have your say");
        person.taps("Where do you get health information?")
                .says("You have voted")
                .doesNotOffer("The internet");
        assertRefusedNothing(person);
    }

    @Test
    void theDemoSurveyFollowsItsSkipLogicAndResumes() {
        MessengerPerson person = person();
        person.sends("menu");
        person.taps("Have your say");
        person.taps("How are you doing?").offers("Start");
        person.taps("Start").says("How have you felt this week?").offers("Not good");
        person.taps("Not good").says("Would you like to talk to someone?").doesNotSay("hours");
        person.taps("Later").offers("Health");
        person.sends("menu");
        person.taps("Have your say");
        person.taps("How are you doing?").says("Welcome back").says("Would you like to talk to someone?");
        person.taps("Yes").says("Your answers are saved");

        MessengerPerson other = person();
        other.sends("menu");
        other.taps("Have your say");
        other.taps("How are you doing?");
        other.taps("Start");
        other.taps("Good").says("How many hours did you sleep last night?");
        other.sends("31").says("does not fit the question");
        other.sends("7").says("Your answers are saved");
        assertRefusedNothing(person);
    }

    @Test
    void thePersistentMenuAPhotoAndTypedWordsAreAnswered() {
        MessengerPerson person = person();
        person.menu("MENU").offers("Health");
        person.menu("CORNER").says("Your corner");
        person.menu("HELP").says("Send MENU for the main menu");
        person.sendsAPhoto().says("only read text").offers("Health");
        person.sends("consent").offers("What consent means");
        assertRefusedNothing(person);
    }

    @Test
    void anMmeLinkWithARefOpensTheItemItNames() {
        long id = given().when()
                .get(ApiUnderTest.shared().url() + "/api/v1/sites/demo/paths/relationships/consent")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getLong("id");
        MessengerPerson person = person();
        person.opensLink("item-" + id).says("What consent means");
    }

    @Test
    void answersWithButtonTemplatesQuickRepliesAndNeverOverMetasLimits() {
        MessengerPerson person = person();
        Reply home = person.getStarted();
        boolean structured = home.messages().stream()
                .anyMatch(m -> m.has("quick_replies")
                        || m.path("attachment").path("type").asText().equals("template"));
        assertTrue(structured, "the home screen offers tappable choices: " + home.messages());
        for (JsonNode m : home.messages()) {
            assertTrue(m.path("text").asText("").length() <= 2000);
            m.path("quick_replies")
                    .forEach(q -> assertTrue(q.path("title").asText().length() <= 20));
        }
        assertRefusedNothing(person);
    }

    @Test
    void anApiOutageGetsAShortTryAgainAndTheNextMessageWorks() {
        MessengerPerson person = person();
        person.sends("menu").offers("Health");
        SwitchedApi.down(true);
        try {
            person.sends("menu").says("try again");
        } finally {
            SwitchedApi.down(false);
        }
        person.sends("menu").offers("Health");
        assertRefusedNothing(person);
    }

    private static void readToTheEnd(MessengerPerson person, String title) {
        Reply page = person.taps(title).says(title);
        int pages = 1;
        while (page.messages().toString().contains("\"More\"") && pages < 40) {
            String before = page.text();
            page = person.taps("More");
            assertNotEquals(before, page.text(), "More shows the next part");
            pages++;
        }
    }

    /** Every Send API call for this person was accepted: nothing went over Meta's limits. */
    private void assertRefusedNothing(MessengerPerson person) {
        long refused = graph.calls().stream()
                .filter(c -> c.body().path("recipient").path("id").asText().equals(person.psid()))
                .filter(c -> c.status() != 200)
                .count();
        assertEquals(0, refused);
    }
}
