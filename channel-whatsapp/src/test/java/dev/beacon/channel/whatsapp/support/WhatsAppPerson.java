package dev.beacon.channel.whatsapp.support;

import com.fasterxml.jackson.databind.JsonNode;
import dev.beacon.channel.kit.chat.PersonQueues;
import dev.beacon.channel.kit.testing.WebhookPerson;
import dev.beacon.channel.kit.testing.graph.GraphDouble;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * A person on WhatsApp, end to end: what they do is posted to the adapter's {@code /webhook} as the Cloud API's
 * signed webhook, and what the bot answers is read from the Graph API double (the Cloud API calls WhatsApp
 * accepted). A reply button is tapped as a {@code button_reply}, a list row as a {@code list_reply}, with the id the
 * bot sent.
 */
public final class WhatsAppPerson extends WebhookPerson {

    private final GraphDouble graph;
    private final String number;
    private final String waId = Cloud.newWaId();
    private Clock clock;

    public WhatsAppPerson(GraphDouble graph, PersonQueues queues, String number) {
        super(queues);
        this.graph = graph;
        this.number = number;
    }

    /** What this person sends carries {@code clock}'s time, as WhatsApp stamps it (the system's time otherwise). */
    public WhatsAppPerson on(Clock clock) {
        this.clock = clock;
        return this;
    }

    public String waId() {
        return waId;
    }

    @Override
    public Reply starts() {
        return sends("hi");
    }

    @Override
    public boolean addressedBy(JsonNode callBody) {
        return callBody.path("to").asText().equals(waId);
    }

    @Override
    public Reply sends(String text) {
        return post(Cloud.text(waId, Cloud.wamid(), text));
    }

    public Reply sendsA(String mediaType) {
        return post(
                mediaType.equals("location")
                        ? Cloud.location(waId, Cloud.wamid())
                        : Cloud.media(waId, Cloud.wamid(), mediaType));
    }

    public Reply post(String message) {
        return post(
                () -> Cloud.post(Cloud.message(number, waId, stamped(message))).statusCode(200));
    }

    @Override
    protected void deliver(Offer offer) {
        String context = "wamid.double_offer";
        String message = offer.kind().equals("row")
                ? Cloud.listReply(waId, Cloud.wamid(), context, offer.payload(), offer.label())
                : Cloud.buttonReply(waId, Cloud.wamid(), context, offer.payload(), offer.label());
        Cloud.post(Cloud.message(number, waId, stamped(message))).statusCode(200);
    }

    private String stamped(String message) {
        return clock == null
                ? message
                : message.replaceFirst(
                        "\"timestamp\":\"\\d+\"",
                        "\"timestamp\":\"" + clock.instant().getEpochSecond() + "\"");
    }

    @Override
    protected List<JsonNode> sent() {
        return graph.whatsappSentTo(waId);
    }

    @Override
    protected List<Offer> offers(JsonNode m) {
        List<Offer> offers = new ArrayList<>();
        JsonNode action = m.path("interactive").path("action");
        action.path("buttons")
                .forEach(b -> offers.add(new Offer(
                        b.path("reply").path("title").asText(),
                        b.path("reply").path("id").asText(),
                        "button")));
        action.path("sections")
                .forEach(s -> s.path("rows")
                        .forEach(r -> offers.add(
                                new Offer(r.path("title").asText(), r.path("id").asText(), "row"))));
        return offers;
    }

    /** Texts, captions, interactive bodies, list rows (title and description), template names. */
    @Override
    protected List<String> texts(JsonNode m) {
        List<String> texts = new ArrayList<>();
        texts.add(m.path("text").path("body").asText(""));
        texts.add(m.path("image").path("caption").asText(""));
        JsonNode interactive = m.path("interactive");
        texts.add(interactive.path("body").path("text").asText(""));
        interactive
                .path("action")
                .path("sections")
                .forEach(s -> s.path("rows").forEach(r -> {
                    texts.add(r.path("title").asText(""));
                    texts.add(r.path("description").asText(""));
                }));
        texts.add(m.path("template").path("name").asText(""));
        return texts;
    }
}
