package dev.beacon.channel.whatsapp.send;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.beacon.channel.conversation.Choice;
import dev.beacon.channel.conversation.Message;
import dev.beacon.channel.kit.graph.GraphClient;
import dev.beacon.channel.kit.testing.graph.GraphDouble;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/** The engine's messages as Cloud API messages: the right kind, and every one accepted by the double's checks. */
class CloudPayloadsTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final GraphDouble GRAPH = GraphDouble.start();
    private static final GraphClient CLIENT = new GraphClient(GRAPH.url(), "v23.0", Duration.ofSeconds(5), JSON);
    private final CloudPayloads payloads = new CloudPayloads(JSON);

    @AfterAll
    static void stop() {
        GRAPH.close();
    }

    private static void accepted(List<ObjectNode> messages) {
        for (ObjectNode m : messages) {
            ObjectNode body =
                    JSON.createObjectNode().put("messaging_product", "whatsapp").put("to", "15550001111");
            body.setAll(m);
            int status = CLIENT.post("2001/messages", "t", body).status();
            assertEquals(200, status, "refused: " + body);
        }
    }

    private static List<Choice> choices(int n, String label, String description) {
        List<Choice> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(new Choice(label + " " + i, description, "p" + i));
        }
        return out;
    }

    @Test
    void upToThreeButtonsAreReplyButtonsAndMoreOrDescribedChoicesAList() {
        List<ObjectNode> buttons = payloads.of(
                List.of(Message.choices("Pick one", choices(3, "Choice", null), Message.Style.BUTTONS)), "Choose");
        assertEquals(1, buttons.size());
        assertEquals("button", buttons.get(0).path("interactive").path("type").asText());
        List<ObjectNode> list = payloads.of(
                List.of(Message.choices("Pick one", choices(4, "Choice", null), Message.Style.BUTTONS)), "Choose");
        assertEquals("list", list.get(0).path("interactive").path("type").asText());
        assertEquals(
                "Choose",
                list.get(0).path("interactive").path("action").path("button").asText());
        List<ObjectNode> described = payloads.of(
                List.of(Message.choices("Read", choices(2, "Article", "About it"), Message.Style.LIST)), "Choose");
        assertEquals("list", described.get(0).path("interactive").path("type").asText());
        List<ObjectNode> numbered = payloads.of(
                List.of(Message.choices("1. a\n2. b", choices(2, "x", null), Message.Style.NUMBERED)), "Choose");
        assertEquals("text", numbered.get(0).path("type").asText());
        accepted(buttons);
        accepted(list);
        accepted(described);
        accepted(numbered);
    }

    @Test
    void anImageOverWhatsAppsFiveMegabytesGoesAsItsLinkNotAsAnImage() {
        CloudPayloads sized =
                new CloudPayloads(JSON, url -> java.util.OptionalLong.of(url.contains("big") ? 6_000_000 : 4_000_000));
        List<ObjectNode> out = sized.of(
                List.of(
                        Message.image("https://media.example.org/big.jpg", "The river at dawn"),
                        Message.image("https://media.example.org/small.jpg", "A photo")),
                "Choose");
        accepted(out);
        assertEquals(2, out.size(), out.toString());
        assertEquals("text", out.get(0).path("type").asText());
        assertEquals(
                "The river at dawn\nhttps://media.example.org/big.jpg",
                out.get(0).path("text").path("body").asText());
        assertEquals(
                "https://media.example.org/small.jpg",
                out.get(1).path("image").path("link").asText());
    }

    @Test
    void longLabelsBodiesAndCaptionsAreFittedNeverRefused() {
        String longWord = "Relationships and everything about them, at length";
        List<ObjectNode> out = payloads.of(
                List.of(
                        Message.choices("x".repeat(3000), choices(12, longWord, "d".repeat(200)), Message.Style.LIST),
                        Message.choices("y".repeat(1500), choices(3, longWord, null), Message.Style.BUTTONS),
                        Message.image("https://media.example.org/a.jpg", "c".repeat(2000)),
                        Message.image("https://media.example.org/b.jpg", "A photo"),
                        Message.text("t".repeat(9000))),
                "A very long list button label");
        accepted(out);
        ObjectNode list = out.stream()
                .filter(m -> m.path("interactive").path("type").asText().equals("list"))
                .findFirst()
                .orElseThrow();
        assertEquals(
                10,
                list.path("interactive")
                        .path("action")
                        .path("sections")
                        .get(0)
                        .path("rows")
                        .size());
        assertTrue(out.stream()
                .anyMatch(m -> m.path("image").path("caption").asText().equals("A photo")));
    }

    @Test
    void seededRandomMessagesAreAllAccepted() {
        Random random = new Random(12);
        String alphabet = "abc déf ghí 👍 Ωμέγα 中文 ";
        for (int round = 0; round < 40; round++) {
            int n = 1 + random.nextInt(12);
            List<Choice> choices = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                choices.add(new Choice(
                        words(random, alphabet, 1 + random.nextInt(40)),
                        random.nextBoolean() ? null : words(random, alphabet, random.nextInt(120)),
                        "p" + round + "-" + i));
            }
            Message.Style style = Message.Style.values()[random.nextInt(3)];
            accepted(payloads.of(
                    List.of(Message.choices(words(random, alphabet, 1 + random.nextInt(2500)), choices, style)),
                    words(random, alphabet, 1 + random.nextInt(30))));
        }
    }

    private static String words(Random random, String alphabet, int length) {
        StringBuilder out = new StringBuilder();
        int[] points = alphabet.codePoints().toArray();
        while (out.length() < length) {
            out.appendCodePoint(points[random.nextInt(points.length)]);
        }
        String s = out.toString().strip();
        return s.isEmpty() ? "a" : s;
    }
}
