package dev.beacon.admin.content;

import com.fasterxml.jackson.databind.JsonNode;
import dev.beacon.text.Platform;
import dev.beacon.text.PlatformLimits;
import io.quarkus.qute.TemplateData;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jboss.resteasy.reactive.RestForm;

/**
 * A written channel variant as the form carries it: each message's text and {@value #BUTTONS} button slots (title,
 * action, item), empty slots ignored (on SMS and USSD the buttons are the numbered menu lines). The counters use the text module's limits and measures, the same table and
 * code the api validates with.
 */
@TemplateData
public class ChannelForm {

    /** Button slots shown per message: WhatsApp's reply-button maximum, the smallest of the button channels. */
    public static final int BUTTONS = 3;

    public static final List<String> ACTIONS = List.of("open", "more", "back", "menu");

    @RestForm
    public Long version;

    @RestForm
    public String op;

    @RestForm("m.text")
    public List<String> texts;

    @RestForm("btn.title")
    public List<String> titles;

    @RestForm("btn.action")
    public List<String> actions;

    @RestForm("btn.itemId")
    public List<String> itemIds;

    private List<MessageInput> messages;

    /** One button slot. */
    @TemplateData
    public record ButtonInput(String title, String action, String itemId) {

        boolean empty() {
            return title.isBlank() && itemId.isBlank();
        }
    }

    /** One message and its button slots. */
    @TemplateData
    public record MessageInput(String text, List<ButtonInput> buttons) {

        boolean empty() {
            return text.isBlank() && buttons.stream().allMatch(ButtonInput::empty);
        }

        public boolean hasButtons() {
            return buttons.stream().anyMatch(b -> !b.empty());
        }

        /** The titles of the buttons that are sent (empty slots are not): SMS and USSD show them as menu lines. */
        public List<String> sentTitles() {
            return buttons.stream()
                    .filter(b -> !b.empty())
                    .map(ButtonInput::title)
                    .toList();
        }
    }

    public static ChannelForm of(JsonNode written, Long version) {
        ChannelForm form = new ChannelForm();
        form.version = version;
        form.messages = new ArrayList<>();
        if (written != null) {
            for (JsonNode m : written) {
                List<ButtonInput> buttons = new ArrayList<>();
                for (JsonNode b : m.path("buttons")) {
                    buttons.add(new ButtonInput(
                            b.path("title").asText(""),
                            b.path("action").asText("open"),
                            b.hasNonNull("itemId") ? b.get("itemId").asText() : ""));
                }
                form.messages.add(new MessageInput(m.path("text").asText(""), pad(buttons)));
            }
        }
        return form;
    }

    public List<MessageInput> messages() {
        if (messages == null) {
            messages = new ArrayList<>();
            int n = texts == null ? 0 : texts.size();
            for (int i = 0; i < n; i++) {
                List<ButtonInput> buttons = new ArrayList<>();
                for (int j = i * BUTTONS; j < (i + 1) * BUTTONS; j++) {
                    buttons.add(new ButtonInput(
                            at(titles, j), at(actions, j).isBlank() ? "open" : at(actions, j), at(itemIds, j)));
                }
                // A browser sends a textarea's line breaks as CRLF; the counters (and the channels) count LF.
                messages.add(new MessageInput(
                        texts.get(i) == null ? "" : texts.get(i).replace("\r\n", "\n"), buttons));
            }
        }
        return messages;
    }

    /** The form with one more empty message to write. */
    public List<MessageInput> withBlank() {
        List<MessageInput> shown = new ArrayList<>(messages());
        shown.add(new MessageInput("", pad(new ArrayList<>())));
        return shown;
    }

    /** The api's list of ChannelMessage: empty messages and empty button slots left out. */
    public List<Map<String, Object>> request() {
        List<Map<String, Object>> out = new ArrayList<>();
        for (MessageInput m : messages()) {
            if (m.empty()) {
                continue;
            }
            Map<String, Object> message = new LinkedHashMap<>();
            message.put("text", m.text());
            List<Map<String, Object>> buttons = new ArrayList<>();
            for (ButtonInput b : m.buttons()) {
                if (b.empty()) {
                    continue;
                }
                Map<String, Object> button = new LinkedHashMap<>();
                button.put("title", b.title());
                button.put("action", b.action());
                if (!b.itemId().isBlank()) {
                    button.put(
                            "itemId",
                            b.itemId().strip().matches("\\d{1,18}")
                                    ? Long.valueOf(b.itemId().strip())
                                    : b.itemId());
                }
                buttons.add(button);
            }
            if (!buttons.isEmpty()) {
                message.put("buttons", buttons);
            }
            out.add(message);
        }
        return out;
    }

    /** What the counters show: the measure's length of a text, as the api measures it. */
    public static int length(Platform platform, String text) {
        return platform.limits().measure().length(text == null ? "" : text);
    }

    /** The text limit of a message (WhatsApp allows less text on a message with buttons: the interactive body). */
    public static int textMax(Platform platform, boolean buttons) {
        PlatformLimits limits = platform.limits();
        return platform == Platform.WHATSAPP && buttons ? limits.interactiveBodyMax() : limits.textMax();
    }

    private static List<ButtonInput> pad(List<ButtonInput> buttons) {
        while (buttons.size() < BUTTONS) {
            buttons.add(new ButtonInput("", "open", ""));
        }
        return buttons;
    }

    private static String at(List<String> values, int i) {
        return values != null && i < values.size() && values.get(i) != null ? values.get(i) : "";
    }
}
