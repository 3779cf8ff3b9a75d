package dev.beacon.channel.whatsapp.send;

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
import java.util.OptionalLong;
import java.util.function.Function;

/**
 * The engine's channel-neutral messages as Cloud API message objects (what follows {@code messaging_product} and
 * {@code to}), within WhatsApp's limits ({@code Platform.WHATSAPP.limits()}):
 *
 * <ul>
 *   <li>text → {@code {"type":"text"}} (split at 4,096 if ever longer);
 *   <li>an image → {@code {"type":"image","image":{"link","caption"}}} (the caption ≤ 1,024, else sent after);
 *       an image over WhatsApp's 5 MB → its text and its link as a text message (WhatsApp would fail it);
 *   <li>choices as buttons (≤ 3) → interactive reply buttons (titles ≤ 20, body ≤ 1,024);
 *   <li>a listing or more than 3 choices (≤ 10) → an interactive list (button label ≤ 20, rows: title ≤ 24,
 *       description ≤ 72);
 *   <li>numbered menus are already part of the text.
 * </ul>
 *
 * A body longer than an interactive message takes goes first as text, its last part as the interactive body.
 */
public final class CloudPayloads {

    private static final PlatformLimits LIMITS = Platform.WHATSAPP.limits();

    /** WhatsApp's limit for an image (JPEG or PNG) it fetches by link. */
    public static final long IMAGE_MAX_BYTES = 5L * 1024 * 1024;

    private final ObjectMapper json;
    private final Function<String, OptionalLong> imageBytes;

    public CloudPayloads(ObjectMapper json) {
        this(json, url -> OptionalLong.empty());
    }

    /** {@code imageBytes}: how large a linked image is, when known ({@link MediaSizes}). */
    public CloudPayloads(ObjectMapper json, Function<String, OptionalLong> imageBytes) {
        this.json = json;
        this.imageBytes = imageBytes;
    }

    /** {@code choose}: the list's button label in the person's language (e.g. "Choose"). */
    public List<ObjectNode> of(List<Message> messages, String choose) {
        List<ObjectNode> out = new ArrayList<>();
        for (Message message : messages) {
            switch (message.kind()) {
                case TEXT -> text(message.text(), out);
                case IMAGE -> image(message, out);
                case CHOICES -> choices(message, choose, out);
            }
        }
        return out;
    }

    private void image(Message message, List<ObjectNode> out) {
        if (imageBytes.apply(message.imageUrl()).orElse(0) > IMAGE_MAX_BYTES) {
            // WhatsApp would fail the message: the picture goes as a link the person can open instead
            String alt = message.text() == null || message.text().isBlank() ? "" : message.text() + "\n";
            text(alt + message.imageUrl(), out);
            return;
        }
        ObjectNode image = json.createObjectNode().put("type", "image");
        ObjectNode media = image.putObject("image").put("link", message.imageUrl());
        String caption = message.text() == null ? "" : message.text();
        boolean fits = measure(caption) <= LIMITS.interactiveBodyMax();
        if (!caption.isBlank() && fits) {
            media.put("caption", caption);
        }
        out.add(image);
        if (!fits) {
            text(caption, out);
        }
    }

    private void choices(Message message, String choose, List<ObjectNode> out) {
        List<Choice> choices = message.choices();
        String body = message.text() == null || message.text().isBlank() ? "…" : message.text();
        if (choices.isEmpty() || message.style() == Message.Style.NUMBERED) {
            text(message.text(), out);
            return;
        }
        List<String> parts = TextSplitter.split(body, LIMITS.interactiveBodyMax(), Measure.UTF16);
        for (int i = 0; i < parts.size() - 1; i++) {
            text(parts.get(i), out);
        }
        String last = parts.isEmpty() ? "…" : parts.get(parts.size() - 1);
        boolean list = message.style() == Message.Style.LIST
                || choices.size() > LIMITS.replyButtonsMax()
                || choices.stream()
                        .anyMatch(
                                c -> c.description() != null && !c.description().isBlank());
        out.add(
                list
                        ? list(last, choose, choices.subList(0, Math.min(choices.size(), LIMITS.listRowsMax())))
                        : buttons(last, choices));
    }

    private ObjectNode buttons(String body, List<Choice> choices) {
        ObjectNode message = json.createObjectNode().put("type", "interactive");
        ObjectNode interactive = message.putObject("interactive").put("type", "button");
        interactive.putObject("body").put("text", body);
        ArrayNode buttons = interactive.putObject("action").putArray("buttons");
        java.util.Set<String> titles = new java.util.HashSet<>();
        for (int i = 0; i < choices.size(); i++) {
            Choice choice = choices.get(i);
            String title = shorten(choice.label(), LIMITS.buttonTitleMax());
            if (!titles.add(title)) {
                // WhatsApp refuses two buttons with one title: labels that shorten alike are numbered
                title = shorten((i + 1) + ". " + choice.label(), LIMITS.buttonTitleMax());
                titles.add(title);
            }
            buttons.addObject()
                    .put("type", "reply")
                    .putObject("reply")
                    .put("id", choice.payload())
                    .put("title", title);
        }
        return message;
    }

    private ObjectNode list(String body, String choose, List<Choice> choices) {
        ObjectNode message = json.createObjectNode().put("type", "interactive");
        ObjectNode interactive = message.putObject("interactive").put("type", "list");
        interactive.putObject("body").put("text", body);
        ObjectNode action = interactive.putObject("action").put("button", shorten(choose, LIMITS.listButtonMax()));
        ArrayNode rows = action.putArray("sections").addObject().putArray("rows");
        for (Choice choice : choices) {
            ObjectNode row = rows.addObject()
                    .put("id", choice.payload())
                    .put("title", shorten(choice.label(), LIMITS.listRowTitleMax()));
            if (choice.description() != null && !choice.description().isBlank()) {
                row.put("description", shorten(choice.description(), LIMITS.listRowDescriptionMax()));
            }
        }
        return message;
    }

    private void text(String text, List<ObjectNode> out) {
        if (text == null || text.isBlank()) {
            return;
        }
        // The engine already fits its texts; a longer one (a written variant) is split, never refused.
        for (String part : TextSplitter.split(text, LIMITS.textMax(), Measure.UTF16)) {
            ObjectNode message = json.createObjectNode().put("type", "text");
            message.putObject("text").put("body", part).put("preview_url", false);
            out.add(message);
        }
    }

    private static String shorten(String text, int limit) {
        return TextSplitter.shorten(text == null ? "" : text, limit, Measure.UTF16);
    }

    private static int measure(String text) {
        return Measure.UTF16.length(text);
    }
}
