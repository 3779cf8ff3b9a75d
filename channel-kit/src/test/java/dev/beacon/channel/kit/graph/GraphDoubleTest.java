package dev.beacon.channel.kit.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.beacon.channel.kit.testing.graph.GraphDouble;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The Graph API double refuses what Meta refuses, in Meta's error shape, and fails on request. */
class GraphDoubleTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final GraphDouble graph = GraphDouble.start();
    private final HttpClient http = HttpClient.newHttpClient();

    @AfterEach
    void stop() {
        graph.close();
    }

    record Answer(int status, JsonNode body, String retryAfter) {}

    private Answer post(String path, String json) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(
                HttpRequest.newBuilder(URI.create(graph.url() + path))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(json))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        return new Answer(
                response.statusCode(),
                JSON.readTree(response.body()),
                response.headers().firstValue("Retry-After").orElse(null));
    }

    private Answer send(String message) throws IOException, InterruptedException {
        return post(
                "/v23.0/me/messages?access_token=page-token",
                "{\"recipient\":{\"id\":\"100\"},\"messaging_type\":\"RESPONSE\",\"message\":" + message + "}");
    }

    private static String text(int length) {
        return "x".repeat(length);
    }

    private static void assertMetaError(Answer answer, int code) {
        assertEquals(400, answer.status());
        JsonNode error = answer.body().path("error");
        assertEquals("OAuthException", error.path("type").asText());
        assertEquals(code, error.path("code").asInt());
        assertTrue(error.path("message").asText().startsWith("(#" + code + ")"), error.toString());
        assertTrue(error.path("fbtrace_id").isTextual());
    }

    @Test
    void acceptsAndRecordsMessagesWithinTheLimits() throws Exception {
        Answer ok = send("{\"text\":\"" + text(2000) + "\"}");
        assertEquals(200, ok.status());
        assertEquals("100", ok.body().path("recipient_id").asText());
        assertTrue(ok.body().path("message_id").asText().startsWith("m_"));
        String thirteen = IntStream.range(0, 13)
                .mapToObj(i -> "{\"content_type\":\"text\",\"title\":\"" + text(20) + "\",\"payload\":\"p" + i + "\"}")
                .collect(Collectors.joining(","));
        assertEquals(
                200,
                send("{\"text\":\"Pick\",\"quick_replies\":[" + thirteen + "]}").status());
        assertEquals(2, graph.sentTo("100").size());
        assertEquals("page-token", graph.calls().get(0).accessToken());
    }

    @Test
    void refusesTextOverTwoThousandCharacters() throws Exception {
        // an emoji outside the BMP counts 2
        Answer tooLong = send("{\"text\":\"" + text(1999) + "\\ud83d\\ude00\"}");
        assertMetaError(tooLong, 100);
        assertTrue(tooLong.body().path("error").path("message").asText().contains("message[text]"));
        assertEquals(0, graph.sentTo("100").size());
    }

    @Test
    void refusesFourteenQuickRepliesOrATitleOverTwenty() throws Exception {
        String fourteen = IntStream.range(0, 14)
                .mapToObj(i -> "{\"content_type\":\"text\",\"title\":\"t\",\"payload\":\"p\"}")
                .collect(Collectors.joining(","));
        assertMetaError(send("{\"text\":\"Pick\",\"quick_replies\":[" + fourteen + "]}"), 100);
        assertMetaError(
                send("{\"text\":\"Pick\",\"quick_replies\":[{\"content_type\":\"text\",\"title\":\"" + text(21)
                        + "\",\"payload\":\"p\"}]}"),
                100);
    }

    @Test
    void refusesAButtonTemplateWithFourButtons() throws Exception {
        String button = "{\"type\":\"postback\",\"title\":\"Go\",\"payload\":\"p\"}";
        String three = String.join(",", button, button, button);
        assertEquals(
                200,
                send(template("button", "\"text\":\"Choose\",\"buttons\":[" + three + "]"))
                        .status());
        assertMetaError(
                send(template("button", "\"text\":\"Choose\",\"buttons\":[" + three + "," + button + "]")), 100);
    }

    @Test
    void refusesACarouselOfElevenOrATitleOrSubtitleOverEighty() throws Exception {
        String element = "{\"title\":\"" + text(80) + "\",\"subtitle\":\"" + text(80) + "\"}";
        String ten = IntStream.range(0, 10).mapToObj(i -> element).collect(Collectors.joining(","));
        assertEquals(
                200, send(template("generic", "\"elements\":[" + ten + "]")).status());
        assertMetaError(send(template("generic", "\"elements\":[" + ten + "," + element + "]")), 100);
        assertMetaError(send(template("generic", "\"elements\":[{\"title\":\"" + text(81) + "\"}]")), 100);
        assertMetaError(
                send(template("generic", "\"elements\":[{\"title\":\"t\",\"subtitle\":\"" + text(81) + "\"}]")), 100);
    }

    @Test
    void refusesAMessageWithoutAMessagingType() throws Exception {
        assertMetaError(
                post(
                        "/v23.0/me/messages?access_token=t",
                        "{\"recipient\":{\"id\":\"1\"},\"message\":{\"text\":\"hi\"}}"),
                100);
    }

    @Test
    void answersRateLimitsAndServerErrorsWhenToldTo() throws Exception {
        graph.failNext(1, 429, "2").failNext(1, 503, null);
        Answer limited = send("{\"text\":\"hi\"}");
        assertEquals(429, limited.status());
        assertEquals(613, limited.body().path("error").path("code").asInt());
        assertEquals("2", limited.retryAfter());
        assertEquals(503, send("{\"text\":\"hi\"}").status());
        assertEquals(200, send("{\"text\":\"hi\"}").status());
        assertEquals(1, graph.sentTo("100").size());
    }

    @Test
    void refusesSendsToAPersonWhoBlockedThePage() throws Exception {
        graph.blocks("100");
        Answer refused = send("{\"text\":\"hi\"}");
        assertMetaError(refused, 551);
        assertEquals(1545041, refused.body().path("error").path("error_subcode").asInt());
    }

    @Test
    void keepsTheMessengerProfileAndNeedsGetStartedBeforeAMenu() throws Exception {
        String menu = "{\"persistent_menu\":[{\"locale\":\"default\",\"call_to_actions\":[{\"type\":\"postback\","
                + "\"title\":\"Menu\",\"payload\":\"m\"}]}]}";
        assertMetaError(post("/v23.0/me/messenger_profile?access_token=page-a", menu), 100);
        assertEquals(
                200,
                post(
                                "/v23.0/me/messenger_profile?access_token=page-a",
                                "{\"get_started\":{\"payload\":\"start\"},\"greeting\":[{\"locale\":\"default\",\"text\":\"Hi\"}]}")
                        .status());
        assertEquals(
                200,
                post("/v23.0/me/messenger_profile?access_token=page-a", menu).status());
        assertEquals(
                "start",
                graph.profile("page-a").path("get_started").path("payload").asText());
        assertEquals(
                "Menu",
                graph.profile("page-a")
                        .path("persistent_menu")
                        .get(0)
                        .path("call_to_actions")
                        .get(0)
                        .path("title")
                        .asText());
        assertMetaError(
                post(
                        "/v23.0/me/messenger_profile?access_token=page-a",
                        "{\"greeting\":[{\"locale\":\"default\",\"text\":\"" + text(161) + "\"}]}"),
                100);
    }

    private static String cloudTemplate(String name, String language, String... parameters) {
        String params = java.util.Arrays.stream(parameters)
                .map(p -> "{\"type\":\"text\",\"text\":" + JSON.valueToTree(p) + "}")
                .collect(Collectors.joining(","));
        return "\"type\":\"template\",\"template\":{\"name\":\"" + name + "\",\"language\":{\"code\":\"" + language
                + "\"},\"components\":[{\"type\":\"body\",\"parameters\":[" + params + "]}]}";
    }

    @Test
    void sendsOnlyApprovedTemplatesWithTheirNumberOfParameters() throws Exception {
        graph.approveTemplate("beacon_comment_reply", "en", 2);
        assertEquals(
                200,
                whatsappAs("254700000001", cloudTemplate("beacon_comment_reply", "en", "Zed", "Consent"))
                        .status());
        assertWhatsAppError(
                whatsappAs("254700000001", cloudTemplate("beacon_comment_reply", "pt_PT", "Zed", "x")), 132001);
        assertWhatsAppError(whatsappAs("254700000001", cloudTemplate("beacon_unknown", "en", "Zed", "x")), 132001);
        assertWhatsAppError(whatsappAs("254700000001", cloudTemplate("beacon_comment_reply", "en", "Zed")), 132000);
        assertWhatsAppError(
                whatsappAs("254700000001", cloudTemplate("beacon_comment_reply", "en", "Zed", "a\nb")), 132018);
        assertWhatsAppError(
                whatsappAs("254700000001", cloudTemplate("beacon_comment_reply", "en", "Zed", "a     b")), 132018);
    }

    @Test
    void outsideTheWindowAFreeFormMessageFailsWith131047AndATemplateGoesOut() throws Exception {
        graph.approveTemplate("beacon_reengagement", "en", 1).windowClosed("254700000002", true);
        Answer text = whatsappAs("254700000002", "\"type\":\"text\",\"text\":{\"body\":\"Hello\"}");
        Answer template = whatsappAs("254700000002", cloudTemplate("beacon_reengagement", "en", "Zed"));
        assertEquals(200, text.status(), "accepted, as the Cloud API does, and failed afterwards");
        assertEquals(200, template.status());
        var statuses = graph.takeStatuses();
        assertEquals(2, statuses.size());
        assertEquals("failed", statuses.get(0).path("status").asText());
        assertEquals(131047, statuses.get(0).path("errors").path(0).path("code").asInt());
        assertEquals(
                text.body().path("messages").path(0).path("id").asText(),
                statuses.get(0).path("id").asText());
        assertEquals("sent", statuses.get(1).path("status").asText());
    }

    private Answer whatsappAs(String to, String typeAndObject) throws IOException, InterruptedException {
        return post(
                "/v23.0/2001/messages?access_token=wa-token",
                "{\"messaging_product\":\"whatsapp\",\"to\":\"" + to + "\"," + typeAndObject + "}");
    }

    private static void assertWhatsAppError(Answer answer, int code) {
        assertEquals(400, answer.status(), answer.body().toString());
        assertEquals(
                code,
                answer.body().path("error").path("code").asInt(),
                answer.body().toString());
    }

    private static String template(String type, String fields) {
        return "{\"attachment\":{\"type\":\"template\",\"payload\":{\"template_type\":\"" + type + "\"," + fields
                + "}}}";
    }
}
