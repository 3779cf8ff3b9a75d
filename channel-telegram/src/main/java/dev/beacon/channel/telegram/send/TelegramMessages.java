package dev.beacon.channel.telegram.send;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.beacon.channel.conversation.Choice;
import dev.beacon.channel.conversation.Message;
import java.util.ArrayList;
import java.util.List;

/**
 * The engine's messages as Bot API calls: text → {@code sendMessage} with {@code parse_mode=HTML}, sent as it comes
 * (on the telegram profile the engine's texts are Telegram HTML already: variants' markup kept, everything plain
 * escaped, so what a person wrote can never become markup; escaping again would show {@code &amp;lt;});
 * an image → {@code sendPhoto} with its alt text as caption; choices → the message with an inline keyboard (one
 * button a row; the engine's signed payload as {@code callback_data}, ≤ 64 bytes by construction); a numbered menu
 * → its text alone (the person types the number).
 */
public final class TelegramMessages {

    /** One Bot API call: the method and its JSON body. */
    public record Call(String method, ObjectNode body) {}

    private final ObjectMapper json;

    public TelegramMessages(ObjectMapper json) {
        this.json = json;
    }

    public List<Call> of(long chatId, List<Message> messages) {
        List<Call> calls = new ArrayList<>();
        for (Message m : messages) {
            switch (m.kind()) {
                case IMAGE -> {
                    ObjectNode body = base(chatId).put("photo", m.imageUrl());
                    if (m.text() != null && !m.text().isBlank()) {
                        body.put("caption", m.text()).put("parse_mode", "HTML");
                    }
                    calls.add(new Call("sendPhoto", body));
                }
                case TEXT -> calls.add(new Call("sendMessage", text(chatId, m.text())));
                case CHOICES -> {
                    ObjectNode body = text(chatId, m.text());
                    if (m.style() != Message.Style.NUMBERED && !m.choices().isEmpty()) {
                        ArrayNode rows = body.putObject("reply_markup").putArray("inline_keyboard");
                        for (Choice c : m.choices()) {
                            rows.addArray().addObject().put("text", c.label()).put("callback_data", c.payload());
                        }
                    }
                    calls.add(new Call("sendMessage", body));
                }
            }
        }
        return calls;
    }

    private ObjectNode text(long chatId, String text) {
        return base(chatId)
                .put("text", text == null || text.isBlank() ? "…" : text)
                .put("parse_mode", "HTML")
                .put("disable_web_page_preview", true);
    }

    private ObjectNode base(long chatId) {
        return json.createObjectNode().put("chat_id", chatId);
    }
}
