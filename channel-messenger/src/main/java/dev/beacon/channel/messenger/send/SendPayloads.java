package dev.beacon.channel.messenger.send;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.beacon.channel.conversation.Choice;
import dev.beacon.channel.conversation.Message;
import dev.beacon.text.Measure;
import dev.beacon.text.Platform;
import dev.beacon.text.PlatformLimits;
import dev.beacon.text.TextSplitter;
import java.util.ArrayList;
import java.util.List;

/**
 * The engine's channel-neutral messages as Send API {@code message} objects, within Meta's limits
 * ({@code Platform.MESSENGER.limits()}):
 *
 * <ul>
 *   <li>text → {@code {"text"}};
 *   <li>an image → an image attachment, then its text (Messenger shows no caption);
 *   <li>up to 3 choices whose body fits a button template (640) → a button template (buttons stay in the thread);
 *   <li>a listing (choices with descriptions, or the list style) of up to 10 → a generic-template carousel, each
 *       element with its title, subtitle and one postback button, after the body as text;
 *   <li>other choices (up to 13) → quick replies under the body;
 *   <li>numbered menus are already part of the text.
 * </ul>
 */
public final class SendPayloads {

    private static final PlatformLimits LIMITS = Platform.MESSENGER.limits();

    private final ObjectMapper json;

    public SendPayloads(ObjectMapper json) {
        this.json = json;
    }

    /** {@code open}: the carousel button's title in the person's language (e.g. "Open"). */
    public List<ObjectNode> of(List<Message> messages, String open) {
        List<ObjectNode> out = new ArrayList<>();
        for (Message message : messages) {
            switch (message.kind()) {
                case TEXT -> text(message.text(), out);
                case IMAGE -> {
                    ObjectNode image = json.createObjectNode();
                    image.putObject("attachment")
                            .put("type", "image")
                            .putObject("payload")
                            .put("url", message.imageUrl())
                            .put("is_reusable", true);
                    out.add(image);
                    text(message.text(), out);
                }
                case CHOICES -> choices(message, open, out);
            }
        }
        return out;
    }

    private void choices(Message message, String open, List<ObjectNode> out) {
        List<Choice> choices = message.choices();
        String body = message.text() == null ? "" : message.text();
        if (choices.isEmpty() || message.style() == Message.Style.NUMBERED) {
            text(body, out);
            return;
        }
        boolean listing = message.style() == Message.Style.LIST
                || choices.stream()
                        .anyMatch(
                                c -> c.description() != null && !c.description().isBlank());
        if (listing && choices.size() <= LIMITS.templateElementsMax()) {
            text(body, out);
            out.add(carousel(choices, open));
        } else if (choices.size() <= LIMITS.templateButtonsMax()
                && !body.isBlank()
                && measure(body) <= LIMITS.templateTextMax()) {
            out.add(buttonTemplate(body, choices));
        } else {
            out.add(quickReplies(body, choices.subList(0, Math.min(choices.size(), LIMITS.replyButtonsMax()))));
        }
    }

    private void text(String text, List<ObjectNode> out) {
        if (text == null || text.isBlank()) {
            return;
        }
        // The engine already fits its texts; a longer one (a written variant) is split, never refused by Meta.
        for (String part : TextSplitter.split(text, LIMITS.textMax(), Measure.UTF16)) {
            out.add(json.createObjectNode().put("text", part));
        }
    }

    private ObjectNode buttonTemplate(String body, List<Choice> choices) {
        ObjectNode message = json.createObjectNode();
        ObjectNode payload =
                message.putObject("attachment").put("type", "template").putObject("payload");
        payload.put("template_type", "button").put("text", body);
        ArrayNode buttons = payload.putArray("buttons");
        for (Choice choice : choices) {
            buttons.addObject()
                    .put("type", "postback")
                    .put("title", shorten(choice.label(), LIMITS.buttonTitleMax()))
                    .put("payload", choice.payload());
        }
        return message;
    }

    private ObjectNode quickReplies(String body, List<Choice> choices) {
        ObjectNode message = json.createObjectNode().put("text", body.isBlank() ? "…" : firstPart(body));
        ArrayNode replies = message.putArray("quick_replies");
        for (Choice choice : choices) {
            replies.addObject()
                    .put("content_type", "text")
                    .put("title", shorten(choice.label(), LIMITS.buttonTitleMax()))
                    .put("payload", choice.payload());
        }
        return message;
    }

    private ObjectNode carousel(List<Choice> choices, String open) {
        ObjectNode message = json.createObjectNode();
        ObjectNode payload =
                message.putObject("attachment").put("type", "template").putObject("payload");
        payload.put("template_type", "generic");
        ArrayNode elements = payload.putArray("elements");
        for (Choice choice : choices) {
            ObjectNode element = elements.addObject().put("title", shorten(choice.label(), LIMITS.templateTitleMax()));
            if (choice.description() != null && !choice.description().isBlank()) {
                element.put("subtitle", shorten(choice.description(), LIMITS.templateSubtitleMax()));
            }
            element.putArray("buttons")
                    .addObject()
                    .put("type", "postback")
                    .put("title", shorten(open, LIMITS.buttonTitleMax()))
                    .put("payload", choice.payload());
        }
        return message;
    }

    private static String firstPart(String text) {
        return measure(text) <= LIMITS.textMax()
                ? text
                : TextSplitter.split(text, LIMITS.textMax(), Measure.UTF16).get(0);
    }

    private static String shorten(String text, int limit) {
        return TextSplitter.shorten(text == null ? "" : text, limit, Measure.UTF16);
    }

    private static int measure(String text) {
        return Measure.UTF16.length(text);
    }
}
