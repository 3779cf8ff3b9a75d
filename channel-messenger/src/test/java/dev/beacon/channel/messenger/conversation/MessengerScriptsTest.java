package dev.beacon.channel.messenger.conversation;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.beacon.channel.kit.chat.PersonQueues;
import dev.beacon.channel.kit.testing.ApiUnderTest;
import dev.beacon.channel.kit.testing.ChatScripts;
import dev.beacon.channel.kit.testing.ChatScriptsContract;
import dev.beacon.channel.kit.testing.SwitchedApi;
import dev.beacon.channel.kit.testing.WebhookPerson.Reply;
import dev.beacon.channel.kit.testing.graph.GraphDouble;
import dev.beacon.channel.messenger.support.GraphDoubleResource;
import dev.beacon.channel.messenger.support.MessengerPerson;
import dev.beacon.channel.messenger.support.Meta;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

/**
 * The conversation engine's scripts (channel-kit's {@link ChatScripts}) played end to end on Messenger:
 * signed webhooks into the adapter, the real packaged api and its demo content behind it, and the bot's answers read
 * from the Graph API double, which refuses anything over Meta's limits.
 */
@QuarkusTest
@QuarkusTestResource(GraphDoubleResource.class)
@QuarkusTestResource(SwitchedApi.class)
class MessengerScriptsTest extends ChatScriptsContract {

    @Inject
    PersonQueues queues;

    private final GraphDouble graph = GraphDoubleResource.graph();

    @Override
    protected GraphDouble graph() {
        return graph;
    }

    @Override
    protected MessengerPerson person() {
        return new MessengerPerson(graph, queues, Meta.PAGE);
    }

    @Test
    void thePersistentMenuAPhotoAndTypedWordsAreAnswered() {
        MessengerPerson person = person();
        person.menu("MENU").offers("Health");
        person.menu("CORNER").says("Your corner");
        person.menu("HELP").says("Send MENU for the main menu");
        person.sendsAPhoto().says("only read text").offers("Health");
        person.sends("consent").offers("What consent means");
        person.assertNothingRefused(graph);
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
        person.assertNothingRefused(graph);
    }
}
