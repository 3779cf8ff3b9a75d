package dev.beacon.channel.messenger.inbound;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.beacon.channel.messenger.inbound.MessengerEvent.Kind;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/** Reads a (signature-checked) webhook body: every {@code entry}, every {@code messaging} item, in order. */
public final class EventParser {

    /** The body is not a page webhook Beacon understands (answer 400). */
    public static final class NotAPageWebhook extends Exception {
        NotAPageWebhook(String why) {
            super(why);
        }
    }

    private final ObjectMapper json;

    public EventParser(ObjectMapper json) {
        this.json = json;
    }

    public List<MessengerEvent> parse(byte[] body) throws NotAPageWebhook {
        JsonNode root;
        try {
            root = json.readTree(body);
        } catch (IOException e) {
            throw new NotAPageWebhook("the body is not JSON");
        }
        if (root == null
                || !"page".equals(root.path("object").asText())
                || !root.path("entry").isArray()) {
            throw new NotAPageWebhook("expected {\"object\":\"page\",\"entry\":[…]}");
        }
        List<MessengerEvent> events = new ArrayList<>();
        for (JsonNode entry : root.path("entry")) {
            String pageId = entry.path("id").asText(null);
            for (JsonNode item : entry.path("messaging")) {
                events.add(event(pageId, item));
            }
        }
        return events;
    }

    private static MessengerEvent event(String pageId, JsonNode item) {
        String psid = item.path("sender").path("id").asText(null);
        long at = item.path("timestamp").asLong();
        JsonNode message = item.path("message");
        if (message.isObject()) {
            String mid = message.path("mid").asText(null);
            if (message.path("is_echo").asBoolean(false)) {
                return new MessengerEvent(pageId, psid, at, Kind.ECHO, null, null, null, mid);
            }
            if (message.path("quick_reply").path("payload").isTextual()) {
                return new MessengerEvent(
                        pageId,
                        psid,
                        at,
                        Kind.QUICK_REPLY,
                        message.path("text").asText(null),
                        message.path("quick_reply").path("payload").asText(),
                        null,
                        mid);
            }
            if (message.path("text").isTextual()) {
                return new MessengerEvent(
                        pageId, psid, at, Kind.TEXT, message.path("text").asText(), null, null, mid);
            }
            if (message.path("attachments").isArray()) {
                return new MessengerEvent(pageId, psid, at, Kind.ATTACHMENT, null, null, null, mid);
            }
            return new MessengerEvent(pageId, psid, at, Kind.OTHER, null, null, null, mid);
        }
        JsonNode postback = item.path("postback");
        if (postback.isObject()) {
            // Get Started from an m.me link carries the link's ref inside the postback
            String ref = postback.path("referral").path("ref").asText(null);
            return new MessengerEvent(
                    pageId,
                    psid,
                    at,
                    Kind.POSTBACK,
                    postback.path("title").asText(null),
                    postback.path("payload").asText(null),
                    ref,
                    postback.path("mid").asText(null));
        }
        if (item.path("referral").isObject()) {
            return new MessengerEvent(
                    pageId,
                    psid,
                    at,
                    Kind.REFERRAL,
                    null,
                    null,
                    item.path("referral").path("ref").asText(null),
                    null);
        }
        if (item.has("read")) {
            return new MessengerEvent(pageId, psid, at, Kind.READ, null, null, null, null);
        }
        if (item.has("delivery")) {
            return new MessengerEvent(pageId, psid, at, Kind.DELIVERY, null, null, null, null);
        }
        return new MessengerEvent(pageId, psid, at, Kind.OTHER, null, null, null, null);
    }
}
