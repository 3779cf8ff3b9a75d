package dev.beacon.channel.telegram.inbound;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.beacon.channel.kit.chat.PersonQueues;
import dev.beacon.channel.kit.testing.Eventually;
import dev.beacon.channel.kit.testing.telegram.BotApiDouble;
import dev.beacon.channel.telegram.support.BotApiResource;
import dev.beacon.channel.telegram.support.TelegramPerson;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Per-chat ordering: the webhook queues each update behind the same chat's earlier ones and answers at once; one
 * chat's updates are handled in the order they came, one at a time, while another chat is answered in parallel. The
 * Bot API double answers every call slowly (300 ms), so out-of-order or overlapping handling would show.
 */
@QuarkusTest
@QuarkusTestResource(BotApiResource.class)
class OrderingTest {

    private static final List<String> TITLES =
            List.of("What consent means", "When stress gets too much", "Getting tested for HIV");

    private final BotApiDouble bot = BotApiResource.bot();

    @Inject
    PersonQueues queues;

    @Test
    void oneChatsUpdatesAreHandledInOrderOneAtATimeAndOtherChatsInParallel() {
        TelegramPerson busy = new TelegramPerson(bot, "en");
        TelegramPerson other = new TelegramPerson(bot, "en");
        bot.slow(Duration.ofMillis(300));
        try {
            // three deep links in a row, posted without waiting: each opens a different article
            for (String item : List.of("13", "8", "4")) {
                post(busy, "/start " + item);
            }
            post(other, "/menu");
            Eventually.await(() -> queues.inFlight(), n -> n == 0, Duration.ofSeconds(60));
        } finally {
            bot.slow(Duration.ZERO);
        }
        List<BotApiDouble.Call> mine = byArrival(bot.sent("sendMessage", String.valueOf(busy.id())));
        List<String> order = new ArrayList<>();
        for (BotApiDouble.Call c : mine) {
            String text = c.body().path("text").asText();
            TITLES.stream()
                    .filter(text::contains)
                    .findFirst()
                    .filter(t -> order.isEmpty() || !order.get(order.size() - 1).equals(t))
                    .ifPresent(order::add);
        }
        assertEquals(TITLES, order, "the articles were sent in the order they were asked for, never interleaved");
        assertEquals(1, bot.mostAtOnce(String.valueOf(busy.id())), "one call at a time for one chat");
        List<BotApiDouble.Call> theirs = byArrival(bot.sent("sendMessage", String.valueOf(other.id())));
        assertTrue(!theirs.isEmpty(), "the other chat was answered");
        assertTrue(
                theirs.get(0).n() < mine.get(mine.size() - 1).n(),
                "the other chat did not wait for the busy chat's queue: "
                        + theirs.get(0).n() + " vs " + mine.get(mine.size() - 1).n());
    }

    private static void post(TelegramPerson person, String text) {
        var update = person.update();
        var message = update.putObject("message")
                .put("message_id", 1)
                .put("date", 1_700_000_000)
                .put("text", text);
        message.putObject("from").put("id", person.id()).put("language_code", "en");
        message.putObject("chat").put("id", person.id()).put("type", "private");
        given().contentType("application/json")
                .header("X-Telegram-Bot-Api-Secret-Token", TelegramPerson.SECRET)
                .body(update.toString())
                .post("/webhook")
                .then()
                .statusCode(200);
    }

    private static List<BotApiDouble.Call> byArrival(List<BotApiDouble.Call> calls) {
        return calls.stream()
                .sorted(Comparator.comparingLong(BotApiDouble.Call::n))
                .toList();
    }
}
