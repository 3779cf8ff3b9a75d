package dev.beacon.channel.kit.testing.graph;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import dev.beacon.text.Platform;
import dev.beacon.text.PlatformLimits;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * What the double refuses in a Cloud API call ({@code POST /{version}/{phone number id}/messages}), as WhatsApp
 * would: the documented limits from module {@code text}'s {@code Platform.WHATSAPP.limits()} and the required
 * fields, answered with WhatsApp's codes (131008 a required parameter is missing, 131009 a value is not valid, 100
 * an invalid parameter) and {@code error_data.details}. Lengths are UTF-16 units, never less than what Meta counts.
 */
final class WhatsAppChecks {

    private static final PlatformLimits LIMITS = Platform.WHATSAPP.limits();
    /** source: Cloud API messages reference, image object: caption maximum 1024 characters. */
    static final int CAPTION_MAX = 1024;
    /** source: same page, list rows: row id maximum 200 characters. */
    static final int ROW_ID_MAX = 200;

    private static final Set<String> TYPES =
            Set.of("text", "interactive", "image", "template", "audio", "document", "video", "sticker", "reaction");

    private WhatsAppChecks() {}

    /** The first problem of {@code body}, or null when WhatsApp would take it. */
    static GraphError check(JsonNode body) {
        if (!"whatsapp".equals(body.path("messaging_product").asText())) {
            return GraphError.whatsapp(131008, "Required parameter is missing", "messaging_product is required");
        }
        if (body.has("status")) {
            if (!"read".equals(body.path("status").asText())
                    || !body.path("message_id").isTextual()) {
                return GraphError.whatsapp(
                        131009, "Parameter value is not valid", "a read receipt is status=read with a message_id");
            }
            return null;
        }
        if (!body.path("to").asText("").matches("\\+?[0-9]{5,20}")) {
            return GraphError.whatsapp(131009, "Parameter value is not valid", "to must be a phone number or wa_id");
        }
        String type = body.path("type").asText("text");
        if (!TYPES.contains(type)) {
            return GraphError.whatsapp(131009, "Parameter value is not valid", "unknown type " + type);
        }
        JsonNode object = body.path(type);
        if (!object.isObject()) {
            return GraphError.whatsapp(131008, "Required parameter is missing", "the " + type + " object is required");
        }
        return switch (type) {
            case "text" -> length(object.path("body"), 1, LIMITS.textMax(), "text.body");
            case "image" -> image(object);
            case "interactive" -> interactive(object);
            case "template" -> template(object);
            default -> null;
        };
    }

    private static GraphError image(JsonNode image) {
        if (!image.path("link").asText("").matches("https?://.+")
                && !image.path("id").isTextual()) {
            return GraphError.whatsapp(131008, "Required parameter is missing", "image.link or image.id is required");
        }
        return image.has("caption") ? length(image.path("caption"), 1, CAPTION_MAX, "image.caption") : null;
    }

    private static GraphError template(JsonNode template) {
        if (!template.path("name").asText("").matches("[a-z0-9_]{1,512}")) {
            return GraphError.whatsapp(131009, "Parameter value is not valid", "template.name");
        }
        if (!template.path("language").path("code").isTextual()) {
            return GraphError.whatsapp(131008, "Required parameter is missing", "template.language.code");
        }
        return null;
    }

    /**
     * A template must be one WhatsApp approved ({@code name|language} → its number of parameters): 132001 when it
     * is not, 132000 when the body's parameters are not as many, 132018 when a parameter has a line break, a tab or
     * more than four spaces in a row.
     */
    static GraphError approved(JsonNode template, Map<String, Integer> approved) {
        String name = template.path("name").asText();
        String language = template.path("language").path("code").asText();
        Integer expected = approved.get(name + "|" + language);
        if (expected == null) {
            return GraphError.whatsapp(
                    132001,
                    "Template name does not exist in the translation",
                    "template name (" + name + ") does not exist in " + language);
        }
        JsonNode parameters = MissingNode.getInstance();
        for (JsonNode component : template.path("components")) {
            if ("body".equals(component.path("type").asText())) {
                parameters = component.path("parameters");
            }
        }
        if (parameters.size() != expected) {
            return GraphError.whatsapp(
                    132000,
                    "Number of parameters does not match the expected number of params",
                    "body: number of localizable_params (" + parameters.size()
                            + ") does not match the expected number of params (" + expected + ")");
        }
        for (JsonNode parameter : parameters) {
            String text = parameter.path("text").asText("");
            if (text.isEmpty() || text.matches("(?s).*([\\n\\t]| {5}).*")) {
                return GraphError.whatsapp(
                        132018,
                        "There was an issue with the parameters in your template.",
                        "Param text cannot have new-line/tab characters or more than 4 consecutive spaces");
            }
        }
        return null;
    }

    private static GraphError interactive(JsonNode interactive) {
        String kind = interactive.path("type").asText();
        GraphError problem = length(interactive.path("body").path("text"), 1, LIMITS.interactiveBodyMax(), "body.text");
        if (problem == null && interactive.has("header")) {
            problem = length(interactive.path("header").path("text"), 1, LIMITS.headerMax(), "header.text");
        }
        if (problem == null && interactive.has("footer")) {
            problem = length(interactive.path("footer").path("text"), 1, LIMITS.footerMax(), "footer.text");
        }
        if (problem != null) {
            return problem;
        }
        JsonNode action = interactive.path("action");
        return switch (kind) {
            case "button" -> buttons(action.path("buttons"));
            case "list" -> list(action);
            default -> GraphError.whatsapp(131009, "Parameter value is not valid", "interactive.type " + kind);
        };
    }

    private static GraphError buttons(JsonNode buttons) {
        if (!buttons.isArray() || buttons.size() < 1 || buttons.size() > LIMITS.replyButtonsMax()) {
            return GraphError.whatsapp(
                    131009,
                    "Parameter value is not valid",
                    "action.buttons must have 1 to " + LIMITS.replyButtonsMax() + " buttons");
        }
        Set<String> ids = new HashSet<>();
        Set<String> titles = new HashSet<>();
        for (JsonNode button : buttons) {
            JsonNode reply = button.path("reply");
            GraphError problem = length(reply.path("title"), 1, LIMITS.buttonTitleMax(), "button title");
            if (problem == null) {
                problem = bytes(reply.path("id"), LIMITS.payloadMaxBytes(), "button id");
            }
            if (problem != null) {
                return problem;
            }
            if (!ids.add(reply.path("id").asText())
                    || !titles.add(reply.path("title").asText())) {
                return GraphError.whatsapp(131009, "Parameter value is not valid", "buttons must be unique");
            }
        }
        return null;
    }

    private static GraphError list(JsonNode action) {
        GraphError problem = length(action.path("button"), 1, LIMITS.listButtonMax(), "action.button");
        if (problem != null) {
            return problem;
        }
        JsonNode sections = action.path("sections");
        if (!sections.isArray() || sections.size() < 1 || sections.size() > LIMITS.listSectionsMax()) {
            return GraphError.whatsapp(131009, "Parameter value is not valid", "1 to 10 sections");
        }
        int rows = 0;
        Set<String> ids = new HashSet<>();
        for (JsonNode section : sections) {
            if (sections.size() > 1 || section.has("title")) {
                problem = length(section.path("title"), 1, LIMITS.listSectionTitleMax(), "section title");
            }
            for (JsonNode row : section.path("rows")) {
                rows++;
                if (problem == null) {
                    problem = length(row.path("title"), 1, LIMITS.listRowTitleMax(), "row title");
                }
                if (problem == null) {
                    problem = length(row.path("id"), 1, ROW_ID_MAX, "row id");
                }
                if (problem == null && row.has("description")) {
                    problem = length(row.path("description"), 0, LIMITS.listRowDescriptionMax(), "row description");
                }
                if (problem == null && !ids.add(row.path("id").asText())) {
                    problem = GraphError.whatsapp(131009, "Parameter value is not valid", "row ids must be unique");
                }
            }
            if (problem != null) {
                return problem;
            }
        }
        if (rows < 1 || rows > LIMITS.listRowsMax()) {
            return GraphError.whatsapp(
                    131009, "Parameter value is not valid", "a list has 1 to " + LIMITS.listRowsMax() + " rows");
        }
        return null;
    }

    private static GraphError length(JsonNode value, int min, int max, String name) {
        if (!value.isTextual() && min > 0) {
            return GraphError.whatsapp(131008, "Required parameter is missing", name + " is required");
        }
        int length = value.asText("").length();
        if (length < min || length > max) {
            return GraphError.whatsapp(
                    131009,
                    "Parameter value is not valid",
                    name + " must be " + min + " to " + max + " characters, was " + length);
        }
        return null;
    }

    private static GraphError bytes(JsonNode value, int max, String name) {
        int length = value.asText("").getBytes(StandardCharsets.UTF_8).length;
        if (length < 1 || length > max) {
            return GraphError.whatsapp(
                    131009, "Parameter value is not valid", name + " must be 1 to " + max + " bytes, was " + length);
        }
        return null;
    }
}
