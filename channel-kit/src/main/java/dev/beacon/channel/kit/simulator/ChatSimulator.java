package dev.beacon.channel.kit.simulator;

import dev.beacon.channel.kit.graph.LocalGraph;
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
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * The demo's chat simulator, shared by the adapters: one page ({@code simulator/index.html}, a small script in a
 * Messenger, WhatsApp, Telegram or feature-phone USSD mode) where a person uses the bot as that platform's user. The
 * adapter turns what they did into the platform's webhook body, authenticates it as the platform would (a signature,
 * a secret token) and posts it to its own webhook ({@link #relay}); the bot's answers are read back from the
 * platform's double ({@link #messages}: the Graph API double, the Bot API double, the SMS API double). Served only in
 * demo mode and only next to a loopback double (404 otherwise).
 */
public final class ChatSimulator {

    private final String platform;
    private final String graphUrl;
    private final boolean on;
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    /** {@code platform}: {@code messenger}, {@code whatsapp}, {@code telegram} or {@code ussd}, the page's mode. */
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
     * not valid (null when it is), else the webhook {@code body} posted to this process's own {@code /webhook} with
     * the header {@code authentication} gives for its bytes (Meta: its signature; Telegram: its secret token), and
     * the status it answered as {@code webhookStatus}.
     */
    public Response relay(
            int port, String problem, Supplier<String> body, Function<byte[], Map.Entry<String, String>> authentication)
            throws IOException, InterruptedException {
        if (!on) {
            return off();
        }
        if (problem != null) {
            return invalid(problem);
        }
        byte[] bytes = body.get().getBytes(StandardCharsets.UTF_8);
        Map.Entry<String, String> header = authentication.apply(bytes);
        int status = postToOwnWebhook(port, "/webhook", header.getKey(), header.getValue(), bytes);
        return Response.ok(Map.of("webhookStatus", status)).build();
    }

    /**
     * Posts a form ({@code application/x-www-form-urlencoded}, as USSD and SMS gateways call back) to this process's
     * own {@code path}; the status and the body it answered.
     */
    public HttpResponse<String> postFormToSelf(int port, String path, Map<String, String> form)
            throws IOException, InterruptedException {
        String body = form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return http.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
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
