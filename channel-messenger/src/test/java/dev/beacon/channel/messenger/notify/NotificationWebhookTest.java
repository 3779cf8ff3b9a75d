package dev.beacon.channel.messenger.notify;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import dev.beacon.channel.kit.testing.NotificationsContract;
import dev.beacon.channel.kit.testing.Replies;
import dev.beacon.channel.kit.testing.SwitchedApi;
import dev.beacon.channel.kit.testing.WebhookPerson;
import dev.beacon.channel.kit.testing.graph.GraphDouble;
import dev.beacon.channel.messenger.support.GraphDoubleResource;
import dev.beacon.channel.messenger.support.MessengerPerson;
import dev.beacon.channel.messenger.support.Meta;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The api's {@code notification.created} webhook on Messenger ({@link NotificationsContract}: a moderator's reply
 * reaches the person inside their window, refused signatures, duplicates), and what Messenger does not allow: nothing
 * outside the 24-hour window, nothing after STOP.
 */
@QuarkusTest
@QuarkusTestResource(GraphDoubleResource.class)
@QuarkusTestResource(SwitchedApi.class)
class NotificationWebhookTest extends NotificationsContract {

    private final GraphDouble graph = GraphDoubleResource.graph();

    @Override
    protected String channel() {
        return "messenger";
    }

    @Override
    protected WebhookPerson personWhoWrote() {
        MessengerPerson person = new MessengerPerson(graph, queues(), Meta.PAGE);
        person.starts();
        return person;
    }

    @Override
    protected String platformId(WebhookPerson person) {
        return ((MessengerPerson) person).psid();
    }

    @Override
    protected List<JsonNode> sentTo(String psid) {
        return graph.sentTo(psid);
    }

    @Override
    protected GraphDouble graph() {
        return graph;
    }

    @Test
    void aPersonWhoseWindowIsClosedIsNotTold() {
        MessengerPerson person = new MessengerPerson(graph, queues(), Meta.PAGE); // never wrote
        Replies.Replied replied = reply(person.psid());
        awaitDelivered(notificationOf(person.psid()));
        person.starts(); // queued behind the notification: when it is answered, the notification was handled
        assertEquals(List.of(), mentioning(person.psid(), replied.reply()), "sent: " + sentTo(person.psid()));
    }

    @Test
    void aPersonWhoSaidStopIsNotTold() {
        MessengerPerson person = (MessengerPerson) personWhoWrote();
        person.sends("stop").says("no more messages");
        Replies.Replied replied = reply(person.psid());
        awaitDelivered(notificationOf(person.psid()));
        person.sends("menu");
        assertEquals(List.of(), mentioning(person.psid(), replied.reply()), "sent: " + sentTo(person.psid()));
    }
}
