package dev.beacon.channel.telegram.send;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.beacon.channel.conversation.Choice;
import dev.beacon.channel.conversation.Message;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The engine's messages as Bot API calls: text → {@code sendMessage} with {@code parse_mode=HTML}, sent as it comes
 * (on the telegram profile the engine's texts are Telegram HTML already: variants' markup kept, everything plain
 * escaped, so what a person wrote can never become markup; escaping again would show {@code &amp;lt;});
 * an image → {@code sendPhoto} by the URL the content gives, its alt text as caption (a caption over Telegram's 1,024
 * goes as a text after the photo; a URL Telegram cannot fetch, i.e. not absolute HTTP(S), sends the alt text alone);
 * choices → the message with an inline keyboard (one button a row; the engine's signed payload as
 * {@code callback_data}, ≤ 64 bytes by construction); a numbered menu → its text alone (the person types the number).
 */
public final class TelegramMessages {

    /** Telegram's limit on a photo's caption (after entity parsing; the HTML we send is never shorter). */
    static final int CAPTION_MAX = 1024;

    private static final Pattern FETCHABLE = Pattern.compile("https?://[^\\s/]+/\\S*");

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
                case IMAGE -> photo(chatId, m, calls);
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

    /** Whether these calls are a menu: one message with an inline keyboard (what a tap may edit in place). */
    public static boolean isMenu(List<Call> calls) {
        return calls.size() == 1
                && calls.get(0).method().equals("sendMessage")
                && calls.get(0).body().has("reply_markup");
    }

    /** The {@code editMessageText} that turns message {@code messageId} into {@code menu} (a {@link #isMenu} call). */
    public Call edit(long messageId, Call menu) {
        ObjectNode body = menu.body().deepCopy();
        body.put("message_id", messageId);
        return new Call("editMessageText", body);
    }

    private void photo(long chatId, Message m, List<Call> calls) {
        boolean captioned = m.text() != null && !m.text().isBlank();
        if (m.imageUrl() == null || !FETCHABLE.matcher(m.imageUrl()).matches()) {
            if (captioned) {
                calls.add(new Call("sendMessage", text(chatId, m.text())));
            }
            return;
        }
        ObjectNode body = base(chatId).put("photo", m.imageUrl());
        if (captioned && m.text().length() <= CAPTION_MAX) {
            body.put("caption", m.text()).put("parse_mode", "HTML");
        }
        calls.add(new Call("sendPhoto", body));
        if (captioned && m.text().length() > CAPTION_MAX) {
            calls.add(new Call("sendMessage", text(chatId, m.text())));
        }
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
