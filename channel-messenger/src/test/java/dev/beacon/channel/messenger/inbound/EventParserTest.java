package dev.beacon.channel.messenger.inbound;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.beacon.channel.messenger.inbound.MessengerEvent.Kind;
import dev.beacon.channel.messenger.support.Meta;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class EventParserTest {

    private final EventParser parser = new EventParser(new ObjectMapper());

    private List<MessengerEvent> parse(String json) throws EventParser.NotAPageWebhook {
        return parser.parse(json.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void readsEveryKindOfEventInOrder() throws Exception {
        List<MessengerEvent> events = parse(Meta.webhook(
                Meta.entry(
                        "1001",
                        Meta.text("1001", "7", "m_1", "Olá"),
                        Meta.quickReply("1001", "7", "m_2", "Yes", "1aYx"),
                        Meta.postback("1001", "7", "Get Started", "GET_STARTED"),
                        Meta.referral("1001", "7", "item-13")),
                Meta.entry(
                        "1002",
                        Meta.attachment("1002", "8", "m_3"),
                        Meta.echo("1002", "8", "m_4"),
                        Meta.read("1002", "8"),
                        Meta.delivery("1002", "8"))));
        assertEquals(
                List.of(
                        Kind.TEXT,
                        Kind.QUICK_REPLY,
                        Kind.POSTBACK,
                        Kind.REFERRAL,
                        Kind.ATTACHMENT,
                        Kind.ECHO,
                        Kind.READ,
                        Kind.DELIVERY),
                events.stream().map(MessengerEvent::kind).toList());
        assertEquals("Olá", events.get(0).text());
        assertEquals("1aYx", events.get(1).payload());
        assertEquals("GET_STARTED", events.get(2).payload());
        assertEquals("item-13", events.get(3).ref());
        assertEquals("1002", events.get(4).pageId());
        assertEquals("messenger:8", events.get(4).identity());
        assertTrue(events.subList(0, 5).stream().allMatch(MessengerEvent::needsAnswer));
        assertFalse(events.subList(5, 8).stream().anyMatch(MessengerEvent::needsAnswer));
    }

    @Test
    void readsTheRefOfAGetStartedThatCameFromALink() throws Exception {
        MessengerEvent event = parse(Meta.webhook(Meta.entry(
                        "1001",
                        "{\"sender\":{\"id\":\"7\"},\"recipient\":{\"id\":\"1001\"},\"timestamp\":5,\"postback\":"
                                + "{\"title\":\"Get Started\",\"payload\":\"GET_STARTED\",\"referral\":{\"ref\":\"item-13\","
                                + "\"source\":\"SHORTLINK\",\"type\":\"OPEN_THREAD\"}}}")))
                .get(0);
        assertEquals("item-13", event.ref());
    }

    @Test
    void recognisesARedeliveryByMidAndAPostbackBySenderAndTime() throws Exception {
        MessengerEvent a = parse(Meta.webhook(Meta.entry("1001", Meta.text("1001", "7", "m_1", "hi"))))
                .get(0);
        MessengerEvent b = parse(Meta.webhook(Meta.entry("1001", Meta.text("1001", "7", "m_1", "hi"))))
                .get(0);
        assertEquals(a.deliveryId(), b.deliveryId());
        String postback = "{\"sender\":{\"id\":\"7\"},\"recipient\":{\"id\":\"1001\"},\"timestamp\":%d,"
                + "\"postback\":{\"title\":\"Menu\",\"payload\":\"MENU\"}}";
        MessengerEvent p1 = parse(Meta.webhook(Meta.entry("1001", String.format(postback, 5))))
                .get(0);
        MessengerEvent p2 = parse(Meta.webhook(Meta.entry("1001", String.format(postback, 5))))
                .get(0);
        MessengerEvent p3 = parse(Meta.webhook(Meta.entry("1001", String.format(postback, 6))))
                .get(0);
        assertEquals(p1.deliveryId(), p2.deliveryId());
        assertNotEquals(p1.deliveryId(), p3.deliveryId());
    }

    @Test
    void refusesWhatIsNotAPageWebhook() {
        assertThrows(EventParser.NotAPageWebhook.class, () -> parse("{\"object\":\"whatsapp_business_account\"}"));
        assertThrows(EventParser.NotAPageWebhook.class, () -> parse("[1,2]"));
        assertThrows(EventParser.NotAPageWebhook.class, () -> parse("{"));
    }
}
