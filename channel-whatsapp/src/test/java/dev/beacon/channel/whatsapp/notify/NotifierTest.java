package dev.beacon.channel.whatsapp.notify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.beacon.channel.kit.chat.PersonQueues;
import dev.beacon.channel.kit.testing.Eventually;
import dev.beacon.channel.kit.testing.SwitchedApi;
import dev.beacon.channel.kit.testing.graph.GraphDouble;
import dev.beacon.channel.whatsapp.inbound.OptOut;
import dev.beacon.channel.whatsapp.notify.Notifier.Told;
import dev.beacon.channel.whatsapp.support.Cloud;
import dev.beacon.channel.whatsapp.support.WaGraph;
import dev.beacon.channel.whatsapp.support.WhatsAppPerson;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Notices by WhatsApp's rules, against the real api (the demo site's templates) and the Graph double (which knows the
 * templates WhatsApp approved and fails a free-form message outside the window with 131047, as the Cloud API does).
 */
@QuarkusTest
@QuarkusTestResource(WaGraph.class)
@QuarkusTestResource(SwitchedApi.class)
class NotifierTest {

    private static final Notice REPLY = new Notice(
            "comment-reply", Map.of("alias", "Zed", "title", "What consent means", "text", "Thank you for\nasking!"));

    @Inject
    Notifier notifier;

    @Inject
    OptOut optOut;

    @Inject
    PersonQueues queues;

    private final GraphDouble graph = WaGraph.graph();

    @BeforeEach
    void approveTheDemoTemplates() {
        graph.approveTemplate("beacon_comment_reply", "en", 3)
                .approveTemplate("beacon_competition_result", "en", 3)
                .approveTemplate("beacon_new_survey", "en", 2)
                .approveTemplate("beacon_reengagement", "en", 2);
    }

    @Test
    void insideTheWindowANoticeIsTheTemplatesBodyAsAMessage() {
        WhatsAppPerson person = new WhatsAppPerson(graph, queues, Cloud.NUMBER);
        person.starts();
        assertEquals(Told.MESSAGE, notifier.tell("demo", person.waId(), REPLY));
        JsonNode last = last(person.waId());
        assertEquals("text", last.path("type").asText());
        assertEquals(
                "Hi Zed, someone replied to your comment on \"What consent means\": Thank you for asking!",
                last.path("text").path("body").asText());
        person.assertNothingRefused(graph);
    }

    @Test
    void outsideTheWindowOnlyTheApprovedTemplateGoesOut() {
        String waId = Cloud.newWaId(); // never wrote: no window
        assertEquals(Told.TEMPLATE, notifier.tell("demo", waId, REPLY));
        List<JsonNode> sent = graph.whatsappSentTo(waId);
        assertEquals(1, sent.size(), "the template and nothing free-form: " + sent);
        JsonNode template = sent.get(0).path("template");
        assertEquals("beacon_comment_reply", template.path("name").asText());
        assertEquals("en", template.path("language").path("code").asText());
        assertEquals(List.of("Zed", "What consent means", "Thank you for asking!"), parameters(template));
        assertEquals(Told.TEMPLATE, notifier.tell("demo", waId, new Notice("new-survey", Map.of("title", "Sleep"))));
        assertEquals(List.of("Beacon Demo", "Sleep"), parameters(last(waId).path("template")));
        assertTrue(graph.calls().stream().allMatch(c -> c.status() == 200), "the double refused a call");
    }

    @Test
    void aPurposeTheSiteHasNoTemplateForSendsNothingOutsideTheWindow() {
        String waId = Cloud.newWaId();
        assertEquals(Told.NO_TEMPLATE, notifier.tell("demo", waId, new Notice("birthday", Map.of("text", "Hi"))));
        assertEquals(List.of(), graph.whatsappSentTo(waId));
    }

    @Test
    void aFailed131047OnANoticeIsAnsweredByItsTemplate() {
        WhatsAppPerson person = new WhatsAppPerson(graph, queues, Cloud.NUMBER);
        person.starts();
        graph.takeStatuses();
        graph.windowClosed(person.waId(), true); // WhatsApp counts the window otherwise than we do
        assertEquals(Told.MESSAGE, notifier.tell("demo", person.waId(), REPLY));
        postStatuses(person.waId(), graph.takeStatuses());
        JsonNode template = Eventually.await(() -> last(person.waId()), m -> m.has("template"), Duration.ofSeconds(20));
        assertEquals(
                "beacon_comment_reply", template.path("template").path("name").asText());
        postStatuses(person.waId(), graph.takeStatuses()); // the template's own "sent"
    }

    @Test
    void aFailed131047OnAnAnswerIsAnsweredOnceByTheReEngagementTemplate() {
        WhatsAppPerson person = new WhatsAppPerson(graph, queues, Cloud.NUMBER);
        graph.windowClosed(person.waId(), true);
        graph.takeStatuses();
        person.starts(); // answered with several messages, all of which fail
        List<ObjectNode> statuses = graph.takeStatuses();
        assertTrue(statuses.stream()
                        .filter(s -> s.path("status").asText().equals("failed"))
                        .count()
                >= 1);
        postStatuses(person.waId(), statuses);
        JsonNode template = Eventually.await(() -> last(person.waId()), m -> m.has("template"), Duration.ofSeconds(20));
        assertEquals(
                "beacon_reengagement", template.path("template").path("name").asText());
        assertEquals(List.of("friend", "Beacon Demo"), parameters(template.path("template")));
        postStatuses(person.waId(), statuses); // delivered again: no second template
        assertEquals(1, templatesTo(person.waId()));
    }

    @Test
    void noTemplateGoesToAPersonWhoOptedOut() {
        String waId = Cloud.newWaId();
        optOut.record("demo", "whatsapp:" + waId, true);
        assertEquals(Told.OPTED_OUT, notifier.tell("demo", waId, REPLY));
        WhatsAppPerson person = new WhatsAppPerson(graph, queues, Cloud.NUMBER);
        person.starts();
        person.sends("STOP").says("no more messages");
        int before = graph.whatsappSentTo(person.waId()).size();
        assertEquals(Told.OPTED_OUT, notifier.tell("demo", person.waId(), REPLY));
        // a 131047 on a message that mattered, after the person opted out: still no template
        notifier.remember("wamid.mattered-" + person.waId(), REPLY);
        Cloud.post(Cloud.webhook(
                        Cloud.NUMBER,
                        person.waId(),
                        null,
                        Cloud.status("wamid.mattered-" + person.waId(), person.waId(), "failed", 131047)))
                .statusCode(200);
        person.sends("hello"); // queued behind the status: when it is answered, the status was handled
        assertEquals(0, templatesTo(person.waId()));
        assertEquals(List.of(), graph.whatsappSentTo(waId));
        assertTrue(graph.whatsappSentTo(person.waId()).size() > before);
    }

    private JsonNode last(String waId) {
        List<JsonNode> sent = graph.whatsappSentTo(waId);
        return sent.isEmpty()
                ? com.fasterxml.jackson.databind.node.MissingNode.getInstance()
                : sent.get(sent.size() - 1);
    }

    private long templatesTo(String waId) {
        return graph.whatsappSentTo(waId).stream()
                .filter(m -> m.has("template"))
                .count();
    }

    private static List<String> parameters(JsonNode template) {
        return java.util.stream.StreamSupport.stream(
                        template.path("components").path(0).path("parameters").spliterator(), false)
                .map(p -> p.path("text").asText())
                .collect(Collectors.toList());
    }

    private static void postStatuses(String waId, List<ObjectNode> statuses) {
        String batch = statuses.stream().map(JsonNode::toString).collect(Collectors.joining(","));
        Cloud.post(Cloud.webhook(Cloud.NUMBER, waId, null, batch)).statusCode(200);
    }
}
