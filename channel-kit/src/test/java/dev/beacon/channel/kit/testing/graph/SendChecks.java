package dev.beacon.channel.kit.testing.graph;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Set;

/** What the double refuses in a Send API call, as Meta would: each rule is a documented limit or required field. */
final class SendChecks {

    private static final Set<String> TYPES = Set.of("RESPONSE", "UPDATE", "MESSAGE_TAG");
    private static final Set<String> ACTIONS = Set.of("typing_on", "typing_off", "mark_seen");

    private final MessengerLimits limits;

    SendChecks(MessengerLimits limits) {
        this.limits = limits;
    }

    /** The first problem of {@code body}, or null when Meta would take it. */
    GraphError check(JsonNode body) {
        if (!body.path("recipient").path("id").isTextual()) {
            return GraphError.param("param recipient[id] must be a non-empty string");
        }
        if (body.has("sender_action")) {
            String action = body.path("sender_action").asText();
            return ACTIONS.contains(action) ? null : GraphError.param("Param sender_action must be one of " + ACTIONS);
        }
        if (!TYPES.contains(body.path("messaging_type").asText())) {
            return GraphError.param("param messaging_type must be one of " + TYPES);
        }
        if ("MESSAGE_TAG".equals(body.path("messaging_type").asText())
                && !body.path("tag").isTextual()) {
            return GraphError.param("param tag is required with messaging_type MESSAGE_TAG");
        }
        JsonNode message = body.path("message");
        if (!message.isObject()) {
            return GraphError.param("param message must be an object");
        }
        boolean hasText = message.has("text");
        boolean hasAttachment = message.has("attachment");
        if (hasText == hasAttachment) {
            return GraphError.param("message must have exactly one of text or attachment");
        }
        if (hasText) {
            String text = message.path("text").asText();
            if (text.isEmpty() || text.length() > limits.textMax()) {
                return GraphError.param(
                        "Length of param message[text] must be less than or equal to " + limits.textMax());
            }
        }
        GraphError quick = quickReplies(message.path("quick_replies"));
        return quick != null ? quick : hasAttachment ? attachment(message.path("attachment")) : null;
    }

    private GraphError quickReplies(JsonNode replies) {
        if (replies.isMissingNode()) {
            return null;
        }
        if (!replies.isArray() || replies.size() == 0 || replies.size() > limits.quickRepliesMax()) {
            return GraphError.param(
                    "param message[quick_replies] must be an array of 1 to " + limits.quickRepliesMax() + " elements");
        }
        for (int i = 0; i < replies.size(); i++) {
            JsonNode reply = replies.get(i);
            String type = reply.path("content_type").asText();
            if (!"text".equals(type)) {
                continue; // user_phone_number, user_email: no title
            }
            String title = reply.path("title").asText();
            if (title.isEmpty() || title.length() > limits.quickReplyTitleMax()) {
                return GraphError.param("param message[quick_replies][" + i + "][title] must be 1 to "
                        + limits.quickReplyTitleMax() + " characters");
            }
            String payload = reply.path("payload").asText();
            if (payload.isEmpty() || bytes(payload) > limits.payloadMax()) {
                return GraphError.param("param message[quick_replies][" + i + "][payload] must be 1 to "
                        + limits.payloadMax() + " characters");
            }
        }
        return null;
    }

    private GraphError attachment(JsonNode attachment) {
        String type = attachment.path("type").asText();
        if (!"template".equals(type)) {
            return Set.of("image", "audio", "video", "file").contains(type)
                            && attachment.path("payload").path("url").isTextual()
                    ? null
                    : GraphError.param("param message[attachment] has an unknown type or no payload url");
        }
        JsonNode payload = attachment.path("payload");
        return switch (payload.path("template_type").asText()) {
            case "button" -> buttonTemplate(payload);
            case "generic" -> genericTemplate(payload);
            default -> GraphError.param("param message[attachment][payload][template_type] is not supported");
        };
    }

    private GraphError buttonTemplate(JsonNode payload) {
        String text = payload.path("text").asText();
        if (text.isEmpty() || text.length() > limits.buttonTemplateTextMax()) {
            return GraphError.param("param message[attachment][payload][text] must be 1 to "
                    + limits.buttonTemplateTextMax() + " characters");
        }
        return buttons(payload.path("buttons"), "message[attachment][payload][buttons]", true);
    }

    private GraphError genericTemplate(JsonNode payload) {
        JsonNode elements = payload.path("elements");
        if (!elements.isArray() || elements.size() == 0 || elements.size() > limits.elementsMax()) {
            return GraphError.param("param message[attachment][payload][elements] must have 1 to "
                    + limits.elementsMax() + " elements");
        }
        for (int i = 0; i < elements.size(); i++) {
            JsonNode element = elements.get(i);
            String at = "message[attachment][payload][elements][" + i + "]";
            String title = element.path("title").asText();
            if (title.isEmpty() || title.length() > limits.elementTitleMax()) {
                return GraphError.param(
                        "param " + at + "[title] must be 1 to " + limits.elementTitleMax() + " characters");
            }
            if (element.path("subtitle").asText().length() > limits.elementSubtitleMax()) {
                return GraphError.param(
                        "param " + at + "[subtitle] must be at most " + limits.elementSubtitleMax() + " characters");
            }
            if (element.has("buttons")) {
                GraphError problem = buttons(element.path("buttons"), at + "[buttons]", true);
                if (problem != null) {
                    return problem;
                }
            }
        }
        return null;
    }

    private GraphError buttons(JsonNode buttons, String at, boolean required) {
        if (!buttons.isArray() || (required && buttons.size() == 0) || buttons.size() > limits.templateButtonsMax()) {
            return GraphError.param("param " + at + " must have 1 to " + limits.templateButtonsMax() + " buttons");
        }
        for (int i = 0; i < buttons.size(); i++) {
            JsonNode button = buttons.get(i);
            String title = button.path("title").asText();
            if (title.isEmpty() || title.length() > limits.buttonTitleMax()) {
                return GraphError.param(
                        "param " + at + "[" + i + "][title] must be 1 to " + limits.buttonTitleMax() + " characters");
            }
            switch (button.path("type").asText()) {
                case "postback" -> {
                    String payload = button.path("payload").asText();
                    if (payload.isEmpty() || bytes(payload) > limits.payloadMax()) {
                        return GraphError.param(
                                "param " + at + "[" + i + "][payload] must be 1 to " + limits.payloadMax() + " bytes");
                    }
                }
                case "web_url" -> {
                    if (!button.path("url").asText().startsWith("http")) {
                        return GraphError.param("param " + at + "[" + i + "][url] must be a URL");
                    }
                }
                default -> {
                    return GraphError.param("param " + at + "[" + i + "][type] must be postback or web_url");
                }
            }
        }
        return null;
    }

    private static int bytes(String s) {
        return s.getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
    }

    /** Messenger Profile API: greeting texts and the persistent menu. */
    GraphError checkProfile(JsonNode body) {
        JsonNode greeting = body.path("greeting");
        if (greeting.isArray()) {
            for (JsonNode g : greeting) {
                String text = g.path("text").asText();
                if (!g.path("locale").isTextual() || text.isEmpty() || text.length() > limits.greetingMax()) {
                    return GraphError.param("param greeting must have a locale and a text of 1 to "
                            + limits.greetingMax() + " characters");
                }
            }
        }
        if (body.has("get_started") && !body.path("get_started").path("payload").isTextual()) {
            return GraphError.param("param get_started[payload] is required");
        }
        JsonNode menus = body.path("persistent_menu");
        if (menus.isArray()) {
            for (JsonNode menu : menus) {
                JsonNode items = menu.path("call_to_actions");
                if (!menu.path("locale").isTextual()
                        || !items.isArray()
                        || items.size() == 0
                        || items.size() > limits.menuItemsMax()) {
                    return GraphError.param("param persistent_menu needs a locale and 1 to " + limits.menuItemsMax()
                            + " call_to_actions");
                }
                for (JsonNode item : items) {
                    String title = item.path("title").asText();
                    if (title.isEmpty() || title.length() > limits.menuTitleMax()) {
                        return GraphError.param("param persistent_menu[call_to_actions][title] must be 1 to "
                                + limits.menuTitleMax() + " characters");
                    }
                }
            }
        }
        return null;
    }
}
