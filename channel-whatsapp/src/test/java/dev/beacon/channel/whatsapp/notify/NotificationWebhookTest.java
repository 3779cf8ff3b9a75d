package dev.beacon.channel.whatsapp.notify;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import dev.beacon.channel.kit.testing.ApiUnderTest;
import dev.beacon.channel.kit.testing.Eventually;
import dev.beacon.channel.kit.testing.NotificationsContract;
import dev.beacon.channel.kit.testing.Replies;
import dev.beacon.channel.kit.testing.SwitchedApi;
import dev.beacon.channel.kit.testing.WebhookPerson;
import dev.beacon.channel.kit.testing.graph.GraphDouble;
import dev.beacon.channel.whatsapp.support.Cloud;
import dev.beacon.channel.whatsapp.support.WaGraph;
import dev.beacon.channel.whatsapp.support.WhatsAppPerson;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The api's {@code notification.created} webhook on WhatsApp ({@link NotificationsContract}: a moderator's reply
 * reaches the person inside their window, refused signatures, duplicates), and WhatsApp's rules through the
 * {@link Notifier}: outside the window the demo site's approved {@code comment-reply} template, nothing after STOP.
 */
@QuarkusTest
@QuarkusTestResource(WaGraph.class)
@QuarkusTestResource(SwitchedApi.class)
class NotificationWebhookTest extends NotificationsContract {

    private final GraphDouble graph = WaGraph.graph();

    @BeforeEach
    void approveTheDemoSitesTemplates() throws Exception {
        // as ./run-demo does: the double approves what the site names (a wrong count of parameters would be 132000)
        graph.approveTemplatesOf(ApiUnderTest.shared().url() + "/api/v1/sites/demo");
    }

    @Override
    protected String channel() {
        return "whatsapp";
    }

    @Override
    protected WebhookPerson personWhoWrote() {
        WhatsAppPerson person = new WhatsAppPerson(graph, queues(), Cloud.NUMBER);
        person.starts();
        return person;
    }

    @Override
    protected String platformId(WebhookPerson person) {
        return ((WhatsAppPerson) person).waId();
    }

    @Override
    protected List<JsonNode> sentTo(String waId) {
        return graph.whatsappSentTo(waId);
    }

    @Override
    protected GraphDouble graph() {
        return graph;
    }

    @Test
    void outsideTheWindowThePersonGetsTheSitesApprovedTemplate() {
        String waId = Cloud.newWaId(); // never wrote: no window
        Replies.Replied replied = reply(waId);
        List<JsonNode> sent = Eventually.await(() -> sentTo(waId), l -> !l.isEmpty(), Duration.ofSeconds(60));
        assertEquals(1, sent.size(), "the template and nothing free-form: " + sent);
        JsonNode template = sent.get(0).path("template");
        assertEquals("beacon_comment_reply", template.path("name").asText());
        List<String> parameters = new ArrayList<>();
        template.path("components")
                .path(0)
                .path("parameters")
                .forEach(p -> parameters.add(p.path("text").asText()));
        assertEquals(3, parameters.size(), template.toString());
        assertEquals(List.of(replied.title(), replied.reply()), parameters.subList(1, 3));
        assertEquals(true, parameters.get(0).startsWith("Reader"), "the person's alias: " + parameters);
        assertEquals(true, graph.calls().stream().allMatch(c -> c.status() == 200), "the double refused a call");
    }

    @Test
    void aPersonWhoSaidStopIsNotTold() {
        WhatsAppPerson person = (WhatsAppPerson) personWhoWrote();
        person.sends("STOP").says("no more messages");
        Replies.Replied replied = reply(person.waId());
        awaitDelivered(notificationOf(person.waId()));
        person.sends("hello"); // queued behind the notification: when it is answered, the notification was handled
        assertEquals(List.of(), mentioning(person.waId(), replied.reply()), "sent: " + sentTo(person.waId()));
    }
}
