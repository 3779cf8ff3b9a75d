package dev.beacon.channel.whatsapp.conversation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.beacon.channel.kit.chat.MessagingWindow;
import dev.beacon.channel.kit.chat.PersonQueues;
import dev.beacon.channel.kit.testing.ApiUnderTest;
import dev.beacon.channel.kit.testing.SwitchedApi;
import dev.beacon.channel.kit.testing.graph.GraphDouble;
import dev.beacon.channel.whatsapp.notify.Notice;
import dev.beacon.channel.whatsapp.notify.Notifier;
import dev.beacon.channel.whatsapp.notify.Notifier.Told;
import dev.beacon.channel.whatsapp.support.Cloud;
import dev.beacon.channel.whatsapp.support.MovableClock;
import dev.beacon.channel.whatsapp.support.WaGraph;
import dev.beacon.channel.whatsapp.support.WhatsAppPerson;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The demo survey (with skip logic) left half-answered and taken up again a day later, by the adapter's clock moved
 * 25 hours on: meanwhile the person's window is closed, so what matters goes out as the site's approved template and
 * nothing free-form is tried; when the person writes again the window opens, the conversation starts afresh (the day-
 * old last screen is forgotten) and the survey resumes where they stopped, on the branch their answer chose, and
 * completes, every answer stored once in the real api.
 */
@QuarkusTest
@QuarkusTestResource(WaGraph.class)
@QuarkusTestResource(SwitchedApi.class)
class SurveyADayLaterTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Notice REPLY =
            new Notice("comment-reply", Map.of("alias", "Zed", "title", "What consent means", "text", "Thanks!"));

    @Inject
    PersonQueues queues;

    @Inject
    Notifier notifier;

    @Inject
    MessagingWindow window;

    @Inject
    MovableClock clock;

    private final GraphDouble graph = WaGraph.graph();

    @AfterEach
    void backToNow() {
        clock.reset();
    }

    @Test
    void theSurveyResumesADayLaterWhereThePersonStoppedAndOnlyTheTemplateWentOutMeanwhile() throws Exception {
        graph.approveTemplate("beacon_comment_reply", "en", 3);
        ApiUnderTest api = ApiUnderTest.shared();
        long survey = demoSurvey(api);
        JsonNode before = results(api, survey);
        WhatsAppPerson person = new WhatsAppPerson(graph, queues, Cloud.NUMBER).on(clock);
        String identity = "whatsapp:" + person.waId();

        person.starts();
        person.sends("menu");
        person.taps("Have your say");
        person.taps("How are you doing?").offers("Start");
        person.taps("Start").says("How have you felt this week?");
        person.taps("Not good").says("Would you like to talk to someone?").doesNotSay("hours");
        // and the person stops here, the question unanswered

        clock.move(Duration.ofHours(25));
        graph.windowClosed(person.waId(), true); // WhatsApp would fail anything free-form now
        assertFalse(window.isOpen(identity), "25 hours after the person wrote the window is closed");
        int sentBefore = graph.whatsappSentTo(person.waId()).size();
        assertEquals(Told.TEMPLATE, notifier.tell("demo", person.waId(), REPLY));
        List<JsonNode> meanwhile = sentSince(person, sentBefore);
        assertEquals(1, meanwhile.size(), "the template and nothing free-form: " + meanwhile);
        assertEquals(
                "beacon_comment_reply",
                meanwhile.get(0).path("template").path("name").asText());

        graph.windowClosed(person.waId(), false); // the person writes: WhatsApp opens the window again
        person.sends("hi").says("Welcome to Beacon Demo").doesNotSay("Would you like to talk");
        assertTrue(window.isOpen(identity), "the person wrote: the window is open again");
        person.sends("menu");
        person.taps("Have your say");
        person.taps("How are you doing?")
                .says("Welcome back")
                .says("Would you like to talk to someone?")
                .doesNotSay("hours");
        person.taps("Yes").says("Your answers are saved");
        assertEquals(Told.MESSAGE, notifier.tell("demo", person.waId(), REPLY), "inside the window: free-form");
        person.assertNothingRefused(graph);

        JsonNode after = results(api, survey);
        assertEquals(
                before.path("completed").asLong() + 1, after.path("completed").asLong());
        assertEquals(
                before.path("inProgress").asLong(), after.path("inProgress").asLong());
        assertEquals(count(before, "feeling", "bad") + 1, count(after, "feeling", "bad"), "answered once");
        assertEquals(count(before, "talk", "yes") + 1, count(after, "talk", "yes"), "answered once");
        assertEquals(answers(before, "sleep"), answers(after, "sleep"), "the skipped question was never asked");
        JsonNode mine = JSON.readTree(api.send(
                "GET", "/api/v1/sites/demo/me/surveys/" + survey, api.channelToken("whatsapp"), identity, null, 200));
        assertEquals(1, mine.path("completed").asInt(), mine.toString());
    }

    private List<JsonNode> sentSince(WhatsAppPerson person, int from) {
        List<JsonNode> sent = graph.whatsappSentTo(person.waId());
        return sent.subList(from, sent.size());
    }

    private static long demoSurvey(ApiUnderTest api) throws Exception {
        JsonNode page =
                JSON.readTree(api.send("GET", "/api/v1/sites/demo/content?type=survey&locale=en", null, null, 200));
        for (JsonNode item : page.path("items")) {
            if (item.path("title").asText().equals("How are you doing?")) {
                return item.path("id").asLong();
            }
        }
        throw new AssertionError("no demo survey in " + page);
    }

    private static JsonNode results(ApiUnderTest api, long survey) throws Exception {
        return JSON.readTree(api.send(
                "GET", "/api/v1/manage/sites/demo/surveys/" + survey + "/results", api.staffToken("ada"), null, 200));
    }

    private static JsonNode question(JsonNode results, String key) {
        for (JsonNode q : results.path("questions")) {
            if (q.path("key").asText().equals(key)) {
                return q;
            }
        }
        throw new AssertionError("no question " + key + " in " + results);
    }

    private static long count(JsonNode results, String key, String choice) {
        return question(results, key).path("counts").path(choice).asLong();
    }

    private static long answers(JsonNode results, String key) {
        return question(results, key).path("answers").asLong();
    }
}
