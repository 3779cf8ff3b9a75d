package dev.beacon.channel.telegram.send;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.beacon.channel.conversation.Choice;
import dev.beacon.channel.conversation.Message;
import dev.beacon.channel.kit.testing.telegram.BotApiDouble;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link TelegramMessages}' photos and edits, sent to the Bot API double, which answers them as Telegram documents:
 * an edit of a message it does not have, of a photo, or that changes nothing is refused with Telegram's words; a photo
 * needs an HTTP(S) URL (or a file id) and a caption of at most 1,024 characters.
 */
class EditsAndPhotosTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String TOKEN = "42:edits-test";
    private final TelegramMessages messages = new TelegramMessages(JSON);

    @Test
    void aMenuIsEditedInPlaceAndTheDoubleAnswersAsTelegram() throws Exception {
        try (BotApiDouble bot = BotApiDouble.start(TOKEN)) {
            List<TelegramMessages.Call> menu = messages.of(7, List.of(menu("Pick one", "Health")));
            assertTrue(TelegramMessages.isMenu(menu));
            JsonNode sent = call(bot, menu.get(0));
            long id = sent.path("result").path("message_id").asLong();

            JsonNode edited = call(
                    bot,
                    messages.edit(
                            id,
                            messages.of(7, List.of(menu("Pick again", "Sleep"))).get(0)));
            assertTrue(edited.path("ok").asBoolean(), edited.toString());
            assertEquals(id, edited.path("result").path("message_id").asLong());
            assertEquals("Pick again", edited.path("result").path("text").asText());

            JsonNode same = call(
                    bot,
                    messages.edit(
                            id,
                            messages.of(7, List.of(menu("Pick again", "Sleep"))).get(0)));
            assertRefused(same, "Bad Request: message is not modified");
            assertRefused(call(bot, messages.edit(id + 1000, menu.get(0))), "Bad Request: message to edit not found");

            TelegramMessages.Call photo = messages.of(7, List.of(Message.image("https://cdn.example.org/a.jpg", "A")))
                    .get(0);
            long photoId = call(bot, photo).path("result").path("message_id").asLong();
            assertRefused(
                    call(bot, messages.edit(photoId, menu.get(0))),
                    "Bad Request: there is no text in the message to edit");
        }
    }

    @Test
    void aPhotoGoesByItsUrlAndOnlyAnHttpUrlIsSentAsAPhoto() throws Exception {
        try (BotApiDouble bot = BotApiDouble.start(TOKEN)) {
            List<TelegramMessages.Call> ok =
                    messages.of(7, List.of(Message.image("https://cdn.example.org/media/1.jpg", "A door")));
            assertEquals("sendPhoto", ok.get(0).method());
            assertEquals("A door", ok.get(0).body().path("caption").asText());
            assertTrue(call(bot, ok.get(0)).path("ok").asBoolean());

            List<TelegramMessages.Call> relative = messages.of(7, List.of(Message.image("/media/1.jpg", "A door")));
            assertEquals(
                    List.of("sendMessage"),
                    relative.stream().map(TelegramMessages.Call::method).toList());
            assertEquals("A door", relative.get(0).body().path("text").asText());
            // what Telegram says when it is given one anyway
            var forced = ok.get(0).body().deepCopy().put("photo", "/media/1.jpg");
            assertRefused(
                    call(bot, new TelegramMessages.Call("sendPhoto", forced)),
                    "Bad Request: wrong file identifier/HTTP URL specified");

            String longAlt = "word ".repeat(300).strip();
            List<TelegramMessages.Call> captioned =
                    messages.of(7, List.of(Message.image("https://cdn.example.org/media/2.jpg", longAlt)));
            assertEquals(
                    List.of("sendPhoto", "sendMessage"),
                    captioned.stream().map(TelegramMessages.Call::method).toList());
            assertFalse(captioned.get(0).body().has("caption"));
            for (TelegramMessages.Call c : captioned) {
                assertTrue(call(bot, c).path("ok").asBoolean());
            }
            var tooLong = ok.get(0).body().deepCopy().put("caption", longAlt);
            assertRefused(
                    call(bot, new TelegramMessages.Call("sendPhoto", tooLong)),
                    "Bad Request: message caption is too long");
        }
    }

    private static Message menu(String text, String label) {
        return Message.choices(text, List.of(new Choice(label, null, "p-" + label)), Message.Style.BUTTONS);
    }

    private static void assertRefused(JsonNode answer, String description) {
        assertFalse(answer.path("ok").asBoolean(), answer.toString());
        assertEquals(400, answer.path("error_code").asInt());
        assertTrue(answer.path("description").asText().startsWith(description), answer.toString());
    }

    private static JsonNode call(BotApiDouble bot, TelegramMessages.Call call) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(bot.url() + "/bot" + TOKEN + "/" + call.method()))
                                .header("Content-Type", "application/json")
                                .POST(HttpRequest.BodyPublishers.ofString(
                                        call.body().toString()))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        return JSON.readTree(response.body());
    }
}
