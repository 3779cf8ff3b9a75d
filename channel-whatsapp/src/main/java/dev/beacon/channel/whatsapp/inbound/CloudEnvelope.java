package dev.beacon.channel.whatsapp.inbound;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.beacon.channel.whatsapp.inbound.WaMessage.Kind;
import java.io.IOException;
import java.util.List;

/**
 * Reads a (signature-checked) webhook body. The Cloud API's: {@code {"object":"whatsapp_business_account","entry":
 * [{"changes":[{"field":"messages","value":{"metadata":{"phone_number_id"},"contacts","messages","statuses"}}]}]}};
 * every entry and change, in order. A BSP's (On-Premises style, as Turn.io forwards it): {@code contacts},
 * {@code messages} and {@code statuses} at the top, for the number its URL names.
 */
public final class CloudEnvelope {

    /** The body is not a webhook Beacon understands (answer 400). */
    public static final class NotAWhatsAppWebhook extends Exception {
        NotAWhatsAppWebhook(String why) {
            super(why);
        }
    }

    /** What one webhook carried. */
    public record Batch(List<WaMessage> messages, List<WaStatus> statuses) {}

    private final ObjectMapper json;

    public CloudEnvelope(ObjectMapper json) {
        this.json = json;
    }

    /** The Cloud API's envelope. */
    public Batch parse(byte[] body) throws NotAWhatsAppWebhook {
        JsonNode root = read(body);
        if (!"whatsapp_business_account".equals(root.path("object").asText())
                || !root.path("entry").isArray()) {
            throw new NotAWhatsAppWebhook("expected {\"object\":\"whatsapp_business_account\",\"entry\":[…]}");
        }
        Batch batch = new Batch(new java.util.ArrayList<>(), new java.util.ArrayList<>());
        for (JsonNode entry : root.path("entry")) {
            for (JsonNode change : entry.path("changes")) {
                if (!"messages".equals(change.path("field").asText())) {
                    continue;
                }
                JsonNode value = change.path("value");
                add(value.path("metadata").path("phone_number_id").asText(null), value, batch);
            }
        }
        return batch;
    }

    /** A BSP's envelope, for the number {@code numberId} its URL names. */
    public Batch parseBsp(String numberId, byte[] body) throws NotAWhatsAppWebhook {
        JsonNode root = read(body);
        if (!root.path("messages").isArray() && !root.path("statuses").isArray()) {
            throw new NotAWhatsAppWebhook("expected {\"contacts\":[…],\"messages\":[…]} or {\"statuses\":[…]}");
        }
        Batch batch = new Batch(new java.util.ArrayList<>(), new java.util.ArrayList<>());
        add(numberId, root, batch);
        return batch;
    }

    private JsonNode read(byte[] body) throws NotAWhatsAppWebhook {
        try {
            JsonNode root = json.readTree(body);
            if (root == null || !root.isObject()) {
                throw new NotAWhatsAppWebhook("the body is not a JSON object");
            }
            return root;
        } catch (IOException e) {
            throw new NotAWhatsAppWebhook("the body is not JSON");
        }
    }

    private static void add(String numberId, JsonNode value, Batch batch) {
        for (JsonNode m : value.path("messages")) {
            batch.messages().add(message(numberId, m));
        }
        for (JsonNode s : value.path("statuses")) {
            batch.statuses()
                    .add(new WaStatus(
                            numberId,
                            s.path("recipient_id").asText(null),
                            s.path("id").asText(null),
                            s.path("status").asText(""),
                            s.path("timestamp").asLong(),
                            s.path("errors").path(0).path("code").asInt(0)));
        }
    }

    private static WaMessage message(String numberId, JsonNode m) {
        String type = m.path("type").asText("");
        String text = null;
        String payload = null;
        Kind kind;
        switch (type) {
            case "text" -> {
                kind = Kind.TEXT;
                text = m.path("text").path("body").asText("");
            }
            case "interactive" -> {
                JsonNode interactive = m.path("interactive");
                boolean list = "list_reply".equals(interactive.path("type").asText());
                JsonNode reply = interactive.path(list ? "list_reply" : "button_reply");
                kind = list ? Kind.LIST_REPLY : Kind.BUTTON_REPLY;
                text = reply.path("title").asText(null);
                payload = reply.path("id").asText(null);
            }
            case "button" -> {
                kind = Kind.BUTTON;
                text = m.path("button").path("text").asText(null);
                payload = m.path("button").path("payload").asText(null);
            }
            case "image", "audio", "video", "document", "sticker", "location", "contacts", "voice" -> kind = Kind.MEDIA;
            case "reaction" -> {
                kind = Kind.REACTION;
                text = m.path("reaction").path("emoji").asText(null);
            }
            default -> kind = Kind.UNSUPPORTED;
        }
        String contextId = m.path("context").path("id").asText(null);
        if (kind == Kind.REACTION) {
            contextId = m.path("reaction").path("message_id").asText(contextId);
        }
        return new WaMessage(
                numberId,
                m.path("from").asText(null),
                m.path("id").asText(null),
                m.path("timestamp").asLong(),
                kind,
                text,
                payload,
                contextId);
    }
}
