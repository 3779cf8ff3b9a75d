package dev.beacon.channel.kit.simulator;

import dev.beacon.channel.kit.graph.LocalGraph;
import dev.beacon.channel.kit.webhook.HubSignature;
import dev.beacon.channel.kit.webhook.Problems;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The demo's chat simulator, shared by the chat adapters: one page ({@code simulator/index.html}, a small script in
 * a Messenger or a WhatsApp mode) where a person chats as that platform's user. The adapter turns what they did into
 * the platform's webhook body, signs it with its own secret and posts it to its own webhook
 * ({@link #postToOwnWebhook}); the bot's answers are read back from the Graph API double ({@link #messages}).
 * Served only in demo mode and only next to a loopback Graph API (404 otherwise).
 */
public final class ChatSimulator {

    private final String platform;
    private final String graphUrl;
    private final boolean on;
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    /** {@code platform}: {@code messenger} or {@code whatsapp}, the page's mode. */
    public ChatSimulator(String platform, String graphUrl, boolean demo) {
        this.platform = platform;
        this.graphUrl = graphUrl.replaceAll("/+$", "");
        this.on = demo && LocalGraph.is(graphUrl);
    }

    public boolean on() {
        return on;
    }

    public static Response off() {
        return Problems.of(404, "not-found", "Resource not found", "The chat simulator is only served in the demo");
    }

    public static Response invalid(String detail) {
        return Problems.of(400, "validation", "The request is not valid", detail);
    }

    /** The page, in this platform's mode. */
    public Response page() throws IOException {
        if (!on) {
            return off();
        }
        try (InputStream in = ChatSimulator.class.getResourceAsStream("/simulator/index.html")) {
            String html = new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("{{platform}}", platform);
            return Response.ok(html, "text/html; charset=UTF-8")
                    .header("Cache-Control", "no-store")
                    .build();
        }
    }

    /**
     * What the page's {@code POST send} answers: 404 outside the demo, 400 with {@code problem} when the action is
     * not valid (null when it is), else the webhook {@code body} signed by {@code signer} ({@code X-Hub-Signature-256})
     * posted to this process's own {@code /webhook}, and the status it answered as {@code webhookStatus}.
     */
    public Response relay(int port, String problem, Supplier<String> body, HubSignature signer)
            throws IOException, InterruptedException {
        if (!on) {
            return off();
        }
        if (problem != null) {
            return invalid(problem);
        }
        byte[] bytes = body.get().getBytes(StandardCharsets.UTF_8);
        int status = postToOwnWebhook(port, "/webhook", HubSignature.HEADER, signer.sign(bytes), bytes);
        return Response.ok(Map.of("webhookStatus", status)).build();
    }

    /** Posts a signed webhook body to this process's own {@code path}; the status it answered. */
    public int postToOwnWebhook(int port, String path, String signatureHeader, String signature, byte[] body)
            throws IOException, InterruptedException {
        return http.send(
                        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                                .header("Content-Type", "application/json")
                                .header(signatureHeader, signature)
                                .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                                .build(),
                        HttpResponse.BodyHandlers.discarding())
                .statusCode();
    }

    /** What the bot sent to {@code person} after call {@code after}, from the double (JSON array). */
    public Response messages(String person, long after) throws IOException, InterruptedException {
        if (!on) {
            return off();
        }
        if (person == null || !person.matches("[0-9]{1,20}")) {
            return invalid("psid: digits");
        }
        HttpResponse<String> answer = http.send(
                HttpRequest.newBuilder(URI.create(graphUrl + "/_double/messages?recipient="
                                + URLEncoder.encode(person, StandardCharsets.UTF_8) + "&after=" + after))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        return Response.ok(answer.body(), MediaType.APPLICATION_JSON).build();
    }
}
