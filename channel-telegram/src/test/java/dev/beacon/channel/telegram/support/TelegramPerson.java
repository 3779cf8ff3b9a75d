package dev.beacon.channel.telegram.support;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.beacon.channel.kit.chat.PersonQueues;
import dev.beacon.channel.kit.testing.telegram.BotApiDouble;
import io.quarkus.arc.Arc;
import java.text.Normalizer;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

/**
 * A Telegram user talking to the bot: each action is the Update Telegram would post to the webhook (with the secret
 * token); the bot's answers are read back from the Bot API double, which refuses anything over Telegram's limits.
 * The webhook queues the update and answers at once, so each action waits until the adapter's queues are empty and
 * the double's calls stop changing. A tap names the message that carried the button, as Telegram does.
 */
public final class TelegramPerson {

    public static final String SECRET = "test-secret-token";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final AtomicLong UPDATES = new AtomicLong(System.currentTimeMillis() % 1_000_000_000L * 100);

    private final BotApiDouble bot;
    private final long id = ThreadLocalRandom.current().nextLong(1_000_000_000L, 9_000_000_000L);
    private final String language;
    private List<BotApiDouble.Call> last = List.of();

    public TelegramPerson(BotApiDouble bot, String language) {
        this.bot = bot;
        this.language = language;
    }

    public long id() {
        return id;
    }

    public TelegramPerson sends(String text) {
        ObjectNode update = update();
        ObjectNode message = update.putObject("message");
        message.put("message_id", UPDATES.get()).put("date", 1_700_000_000).put("text", text);
        from(message.putObject("from"));
        message.putObject("chat").put("id", id).put("type", "private");
        return post(update);
    }

    /** Taps the inline button whose label starts with {@code label} in the last answers. */
    public TelegramPerson taps(String label) {
        for (BotApiDouble.Call call : last) {
            for (JsonNode row : call.body().path("reply_markup").path("inline_keyboard")) {
                for (JsonNode button : row) {
                    String shown = normal(button.path("text").asText());
                    if (shown.startsWith(normal(label))
                            || shown.endsWith("...")
                                    && normal(label).startsWith(shown.substring(0, shown.length() - 3))) {
                        return tapsData(button.path("callback_data").asText(), call.messageId());
                    }
                }
            }
        }
        return fail("no button '" + label + "' in " + text());
    }

    public TelegramPerson tapsData(String data) {
        return tapsData(data, 1);
    }

    /** A tap on a button with {@code data} under message {@code messageId}. */
    public TelegramPerson tapsData(String data, long messageId) {
        ObjectNode update = update();
        ObjectNode query = update.putObject("callback_query");
        query.put("id", "cq" + UPDATES.get()).put("data", data).put("chat_instance", "1");
        from(query.putObject("from"));
        query.putObject("message")
                .put("message_id", messageId)
                .putObject("chat")
                .put("id", id)
                .put("type", "private");
        return post(update);
    }

    public TelegramPerson post(ObjectNode update) {
        int before = bot.calls().size();
        given().contentType("application/json")
                .header("X-Telegram-Bot-Api-Secret-Token", SECRET)
                .body(update.toString())
                .post("/webhook")
                .then()
                .statusCode(200);
        List<BotApiDouble.Call> all = handled();
        last = all.subList(before, all.size()).stream()
                .filter(c -> String.valueOf(id).equals(c.body().path("chat_id").asText())
                        || c.method().equals("answerCallbackQuery"))
                .toList();
        for (BotApiDouble.Call c : last) {
            assertTrue(c.status() == 200 || c.status() == 429, "Telegram refused " + c.method() + ": " + c.body());
        }
        return this;
    }

    /** The double's calls once the adapter has handled everything queued (and nothing more arrives). */
    private List<BotApiDouble.Call> handled() {
        PersonQueues queues = Arc.container().instance(PersonQueues.class).get();
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        int size = -1;
        List<BotApiDouble.Call> all = bot.calls();
        while ((queues.inFlight() > 0 || size != all.size()) && System.nanoTime() < deadline) {
            size = all.size();
            try {
                Thread.sleep(60);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            all = bot.calls();
        }
        return all;
    }

    public ObjectNode update() {
        return JSON.createObjectNode().put("update_id", UPDATES.incrementAndGet());
    }

    private void from(ObjectNode from) {
        from.put("id", id).put("is_bot", false).put("first_name", "Test");
        if (language != null) {
            from.put("language_code", language);
        }
    }

    public List<BotApiDouble.Call> calls() {
        return last;
    }

    public String text() {
        return last.stream()
                .filter(c -> c.status() == 200)
                .map(c -> c.body().path("text").asText(c.body().path("caption").asText("")) + " "
                        + c.body().path("reply_markup").path("inline_keyboard").toString())
                .collect(Collectors.joining("\n"));
    }

    public TelegramPerson says(String words) {
        assertTrue(normal(text()).contains(normal(words)), "expected '" + words + "' in " + text());
        return this;
    }

    public TelegramPerson doesNotSay(String words) {
        assertFalse(normal(text()).contains(normal(words)), "did not expect '" + words + "' in " + text());
        return this;
    }

    private static String normal(String s) {
        return Normalizer.normalize(s.toLowerCase(Locale.ROOT), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "");
    }
}
