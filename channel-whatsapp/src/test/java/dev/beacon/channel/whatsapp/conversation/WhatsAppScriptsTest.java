package dev.beacon.channel.whatsapp.conversation;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.beacon.channel.kit.chat.PersonQueues;
import dev.beacon.channel.kit.testing.ChatScripts;
import dev.beacon.channel.kit.testing.ChatScriptsContract;
import dev.beacon.channel.kit.testing.SwitchedApi;
import dev.beacon.channel.kit.testing.WebhookPerson.Reply;
import dev.beacon.channel.kit.testing.graph.GraphDouble;
import dev.beacon.channel.whatsapp.support.Cloud;
import dev.beacon.channel.whatsapp.support.WaGraph;
import dev.beacon.channel.whatsapp.support.WhatsAppPerson;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

/**
 * The conversation engine's scripts (channel-kit's {@link ChatScripts}) played end to end on WhatsApp: signed Cloud
 * API webhooks into the adapter, the real packaged api and its demo content behind it, and the bot's answers read
 * from the Graph API double, which refuses anything over WhatsApp's limits (every test asserts it refused nothing).
 */
@QuarkusTest
@QuarkusTestResource(WaGraph.class)
@QuarkusTestResource(SwitchedApi.class)
class WhatsAppScriptsTest extends ChatScriptsContract {

    @Inject
    PersonQueues queues;

    private final GraphDouble graph = WaGraph.graph();

    @Override
    protected GraphDouble graph() {
        return graph;
    }

    @Override
    protected WhatsAppPerson person() {
        return new WhatsAppPerson(graph, queues, Cloud.NUMBER);
    }

    @Test
    void mediaALocationAndTypedWordsAreAnswered() {
        WhatsAppPerson person = person();
        person.starts();
        person.sends("help").says("MENU");
        for (String type : new String[] {"image", "audio", "document", "sticker", "location"}) {
            person.sendsA(type).says("only read text").offers("Health");
        }
        person.post(Cloud.unsupported(person.waId(), Cloud.wamid())).says("only read text");
        person.sends("consent").offers("What consent means");
        person.assertNothingRefused(graph);
    }

    @Test
    void answersWithReplyButtonsAndListsWithinWhatsAppsLimits() {
        WhatsAppPerson person = person();
        Reply home = person.starts();
        assertTrue(
                home.messages().stream().anyMatch(m -> m.path("type").asText().equals("interactive")),
                "the home screen offers tappable choices: " + home.messages());
        for (JsonNode m : home.messages()) {
            assertTrue(m.path("text").path("body").asText("").length() <= 4096);
            assertTrue(
                    m.path("interactive").path("body").path("text").asText("").length() <= 1024);
        }
        person.assertNothingRefused(graph);
    }
}
