package dev.beacon.channel.telegram.inbound;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.beacon.channel.kit.testing.CommunityFixtures;
import dev.beacon.channel.kit.testing.telegram.BotApiDouble;
import dev.beacon.channel.telegram.support.BotApiResource;
import dev.beacon.channel.telegram.support.TelegramPerson;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The Telegram adapter end to end: updates posted to the webhook as Telegram posts them, the real packaged api and
 * its demo content behind it, the bot's answers read from the Bot API double (which refuses what Telegram refuses:
 * unparseable HTML, texts over 4,096, callback_data over 64 bytes).
 */
@QuarkusTest
@QuarkusTestResource(BotApiResource.class)
class TelegramBotTest {

    private final BotApiDouble bot = BotApiResource.bot();

    private TelegramPerson person(String language) {
        return new TelegramPerson(bot, language);
    }

    @Test
    void theSecretTokenIsRequiredAndMustMatch() {
        String update = "{\"update_id\":1,\"message\":{\"message_id\":1,\"text\":\"menu\",\"from\":{\"id\":5},"
                + "\"chat\":{\"id\":5,\"type\":\"private\"}}}";
        for (String token : new String[] {null, "", "wrong", "test-secret-tokeN", "test-secret-token-and-more"}) {
            var request = given().contentType("application/json").body(update);
            if (token != null) {
                request = request.header("X-Telegram-Bot-Api-Secret-Token", token);
            }
            request.post("/webhook")
                    .then()
                    .statusCode(401)
                    .contentType("application/problem+json")
                    .body("type", equalTo("https://beacon.dev/problems/unauthorized"));
        }
        assertTrue(bot.sent("sendMessage", "5").isEmpty(), "nothing was answered");
    }

    @Test
    void startThenButtonsEachTapAnsweredWithAnswerCallbackQuery() {
        TelegramPerson person = person("en");
        person.sends("/start").says("Welcome to Beacon Demo").says("Health");
        person.taps("Health").says("Mental health");
        assertEquals(
                1,
                person.calls().stream()
                        .filter(c -> c.method().equals("answerCallbackQuery"))
                        .count());
        person.taps("Mental health").says("When stress gets");
        person.taps("When stress gets too much").says("When stress gets too much");
        // every inline button's callback_data fits Telegram's 64 bytes (the double refuses more)
        for (BotApiDouble.Call c : bot.sent("sendMessage", String.valueOf(person.id()))) {
            for (JsonNode row : c.body().path("reply_markup").path("inline_keyboard")) {
                for (JsonNode button : row) {
                    assertTrue(button.path("callback_data").asText().getBytes(StandardCharsets.UTF_8).length <= 64);
                }
            }
        }
    }

    @Test
    void aTapOnTheLatestMenuEditsItInPlaceAndAnArticleComesAsNewMessages() {
        TelegramPerson person = person("en");
        person.sends("/menu").says("Health");
        person.taps("Health").says("Mental health");
        person.taps("Mental health").says("When stress gets");
        BotApiDouble.Call edit = only(person, "editMessageText");
        // the menu the person tapped now shows the next menu; nothing new was sent
        assertTrue(person.calls().stream().noneMatch(c -> c.method().equals("sendMessage")), person.text());
        assertTrue(edit.messageId() > 0);
        person.taps("When stress gets too much").says("When stress gets too much");
        assertTrue(person.calls().stream().noneMatch(c -> c.method().equals("editMessageText")), person.text());
        assertTrue(person.calls().stream().anyMatch(c -> c.method().equals("sendMessage")));
        // the menu above the article is not the latest screen any more: tapping it sends a new message
        person.tapsData(
                edit.body()
                        .path("reply_markup")
                        .path("inline_keyboard")
                        .get(0)
                        .get(0)
                        .path("callback_data")
                        .asText(),
                edit.messageId());
        assertTrue(person.calls().stream().noneMatch(c -> c.method().equals("editMessageText")), person.text());
    }

    @Test
    void anImageBlockIsSentAsAPhotoByItsUrl() {
        long id = CommunityFixtures.articleWithImage(
                "The clinic door", "https://cdn.example.org/media/clinic.jpg", "The clinic's blue door");
        TelegramPerson person = person("en");
        person.sends("/start " + id).says("See the picture");
        BotApiDouble.Call photo = only(person, "sendPhoto");
        assertEquals(
                "https://cdn.example.org/media/clinic.jpg",
                photo.body().path("photo").asText());
        assertEquals("The clinic's blue door", photo.body().path("caption").asText());
    }

    @Test
    void anImageTelegramCouldNotFetchIsReplacedByItsAltText() {
        long id = CommunityFixtures.articleWithImage("A relative picture", "/images/clinic.png", "A waiting room");
        TelegramPerson person = person("en");
        person.sends("/start " + id).says("See the picture").says("A waiting room");
        assertTrue(person.calls().stream().noneMatch(c -> c.method().equals("sendPhoto")), person.text());
    }

    private static BotApiDouble.Call only(TelegramPerson person, String method) {
        List<BotApiDouble.Call> calls =
                person.calls().stream().filter(c -> c.method().equals(method)).toList();
        assertEquals(1, calls.size(), method + " in " + person.calls());
        return calls.get(0);
    }

    @Test
    void anOutOfDateButtonIsStillAnsweredAndExplained() {
        TelegramPerson person = person("en");
        person.sends("/start");
        person.tapsData("1xaforged0000000000000");
        assertEquals(
                1,
                person.calls().stream()
                        .filter(c -> c.method().equals("answerCallbackQuery"))
                        .count());
        person.says("out of date");
    }

    @Test
    void aDeepLinkOpensTheItemAndCommandsAreTheEnginesWords() {
        TelegramPerson person = person("en");
        person.sends("/start 13").says("What consent means");
        person.sends("/menu").says("Have your say");
        person.sends("/help@beacon_demo_bot").says("How can I help?");
    }

    @Test
    void theLanguageComesFromLanguageCode() {
        person("pt-br").sends("/start").says("Saúde").says("Dicas");
        person("sw").sends("/start").says("Health"); // demo has no Swahili: the site's default
    }

    @Test
    void hostileTextIsEscapedSoTelegramParsesEveryMessage() {
        TelegramPerson person = person("en");
        person.sends("/start");
        String hostile = "<b>bold</b> & <script>alert(1)</script> <a href=\"x\">x</a> &amp; 1<2>3 _*[]()~`>#+-=|{}.!";
        person.sends(hostile);
        List<BotApiDouble.Call> calls = person.calls();
        assertTrue(!calls.isEmpty() && calls.stream().allMatch(c -> c.status() == 200), calls.toString());
        person.sends("menu").says("Health");
    }

    @Test
    void editedMessagesAreIgnoredAndAnUpdateIsHandledOnce() {
        TelegramPerson person = person("en");
        var edited = person.update();
        edited.putObject("edited_message")
                .put("message_id", 9)
                .put("text", "menu")
                .putObject("chat")
                .put("id", person.id())
                .put("type", "private");
        person.post(edited);
        assertTrue(person.calls().isEmpty(), "an edit is not answered");

        var update = person.update();
        var message = update.putObject("message").put("message_id", 10).put("text", "menu");
        message.putObject("from").put("id", person.id());
        message.putObject("chat").put("id", person.id()).put("type", "private");
        person.post(update);
        int answers = person.calls().size();
        assertTrue(answers > 0);
        person.post(update);
        assertTrue(person.calls().isEmpty(), "the same update_id twice is answered once");
    }

    @Test
    void aRateLimitIsWaitedOutAsTelegramSays() {
        TelegramPerson person = person("en");
        bot.failNext(1, 429, 1);
        long start = System.nanoTime();
        person.sends("menu");
        long ms = (System.nanoTime() - start) / 1_000_000;
        assertTrue(ms >= 1000, "retry_after 1 s was honoured: " + ms + " ms");
        assertTrue(person.calls().stream().anyMatch(c -> c.status() == 429));
        person.says("Health");
    }

    @Test
    void setupRegistersTheWebhookAndTheCommandsPerLanguage() {
        given().post("/manage/setup").then().statusCode(401);
        given().header("Authorization", "Bearer test-manage-token")
                .post("/manage/setup")
                .then()
                .statusCode(200);
        List<BotApiDouble.Call> calls = bot.calls();
        JsonNode webhook = calls.stream()
                .filter(c -> c.method().equals("setWebhook"))
                .reduce((a, b) -> b)
                .orElseThrow()
                .body();
        assertEquals("https://telegram.example.org/webhook", webhook.path("url").asText());
        assertEquals("test-secret-token", webhook.path("secret_token").asText());
        List<JsonNode> commands = calls.stream()
                .filter(c -> c.method().equals("setMyCommands"))
                .map(BotApiDouble.Call::body)
                .toList();
        assertTrue(commands.stream()
                .anyMatch(b -> !b.has("language_code")
                        && b.path("commands")
                                .get(0)
                                .path("description")
                                .asText()
                                .equals("Menu")));
        assertTrue(
                commands.stream().anyMatch(b -> b.path("language_code").asText().equals("pt")), commands.toString());
    }
}
