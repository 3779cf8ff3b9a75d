package dev.beacon.channel.messenger.support;

import com.fasterxml.jackson.databind.JsonNode;
import dev.beacon.channel.kit.chat.PersonQueues;
import dev.beacon.channel.kit.testing.WebhookPerson;
import dev.beacon.channel.kit.testing.graph.GraphDouble;
import java.util.ArrayList;
import java.util.List;

/**
 * A person on Messenger, end to end: what they do is posted to the adapter's {@code /webhook} as Meta's signed
 * webhook, and what the bot answers is read from the Graph API double (the Send API calls Meta accepted). Taps
 * follow what the last answer offered: a quick reply is tapped as a quick reply, a button or carousel card as a
 * postback, with the payload the bot sent.
 */
public final class MessengerPerson extends WebhookPerson {

    private static final String QUICK_REPLY = "quick_reply";

    private final GraphDouble graph;
    private final String page;
    private final String psid = Meta.newPsid();

    public MessengerPerson(GraphDouble graph, PersonQueues queues, String page) {
        super(queues);
        this.graph = graph;
        this.page = page;
    }

    public String psid() {
        return psid;
    }

    public Reply getStarted() {
        return post(Meta.postback(page, psid, "Get Started", "GET_STARTED"));
    }

    @Override
    public Reply starts() {
        return getStarted();
    }

    @Override
    public boolean addressedBy(JsonNode callBody) {
        return callBody.path("recipient").path("id").asText().equals(psid);
    }

    @Override
    public Reply sends(String text) {
        return post(Meta.text(page, psid, Meta.mid(), text));
    }

    public Reply sendsAPhoto() {
        return post(Meta.attachment(page, psid, Meta.mid()));
    }

    public Reply menu(String payload) {
        return post(Meta.postback(page, psid, payload, payload));
    }

    public Reply opensLink(String ref) {
        return post(Meta.referral(page, psid, ref));
    }

    private Reply post(String messaging) {
        return post(() -> Meta.post(Meta.webhook(Meta.entry(page, messaging))).statusCode(200));
    }

    @Override
    protected void deliver(Offer offer) {
        String messaging = QUICK_REPLY.equals(offer.kind())
                ? Meta.quickReply(page, psid, Meta.mid(), offer.label(), offer.payload())
                : Meta.postback(page, psid, offer.label(), offer.payload());
        Meta.post(Meta.webhook(Meta.entry(page, messaging))).statusCode(200);
    }

    @Override
    protected List<JsonNode> sent() {
        return graph.sentTo(psid).stream()
                .filter(b -> b.has("message"))
                .map(b -> b.path("message"))
                .toList();
    }

    @Override
    protected List<Offer> offers(JsonNode m) {
        List<Offer> offers = new ArrayList<>();
        m.path("quick_replies")
                .forEach(q -> offers.add(
                        new Offer(q.path("title").asText(), q.path("payload").asText(), QUICK_REPLY)));
        JsonNode payload = m.path("attachment").path("payload");
        payload.path("buttons")
                .forEach(b -> offers.add(
                        new Offer(b.path("title").asText(), b.path("payload").asText(), "postback")));
        payload.path("elements")
                .forEach(e -> e.path("buttons")
                        .forEach(b -> offers.add(new Offer(
                                e.path("title").asText(), b.path("payload").asText(), "postback"))));
        return offers;
    }

    /** Texts, template texts, card titles and subtitles. */
    @Override
    protected List<String> texts(JsonNode m) {
        List<String> texts = new ArrayList<>();
        texts.add(m.path("text").asText(""));
        JsonNode payload = m.path("attachment").path("payload");
        texts.add(payload.path("text").asText(""));
        payload.path("elements").forEach(e -> {
            texts.add(e.path("title").asText(""));
            texts.add(e.path("subtitle").asText(""));
        });
        return texts;
    }
}
