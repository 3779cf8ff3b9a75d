package dev.beacon.channel.messenger.demo;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.beacon.channel.kit.webhook.HubSignature;
import dev.beacon.channel.kit.webhook.Problems;
import dev.beacon.channel.messenger.config.MessengerBeans;
import dev.beacon.channel.messenger.config.MessengerConfig;
import dev.beacon.channel.messenger.config.Pages;
import io.vertx.core.http.HttpServerRequest;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
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

/**
 * The demo's chat simulator: a page where a person chats as a Messenger user. What they do is turned into the
 * webhook body Meta would send, signed with the App Secret and posted to this adapter's own {@code /webhook}; the
 * bot's answers are read back from the Graph API double. Served only with {@code BEACON_MESSENGER_DEMO=true}, which
 * start-up refuses unless the Graph API is a loopback address (404 otherwise).
 */
@Path("/simulator")
public class SimulatorResource {

    @Inject
    MessengerConfig config;

    @Inject
    Pages pages;

    @Inject
    HubSignature signature;

    @Inject
    ObjectMapper json;

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private boolean on() {
        return config.demo() && MessengerBeans.localGraph(config);
    }

    private static Response off() {
        return Problems.of(404, "not-found", "Resource not found", "The chat simulator is only served in the demo");
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public Response page() throws IOException {
        if (!on()) {
            return off();
        }
        try (InputStream in = getClass().getResourceAsStream("/simulator/index.html")) {
            return Response.ok(in.readAllBytes(), "text/html; charset=UTF-8")
                    .header("Cache-Control", "no-store")
                    .build();
        }
    }

    @GET
    @Path("pages")
    @Produces(MediaType.APPLICATION_JSON)
    public Response pages() {
        if (!on()) {
            return off();
        }
        return Response.ok(pages.all().stream()
                        .map(p -> Map.of("id", p.id(), "site", p.site()))
                        .toList())
                .build();
    }

    /** What the person did, as the simulator page says it. */
    public record Action(String page, String psid, String kind, String text, String payload, String ref) {}

    @POST
    @Path("send")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Response send(Action action, @Context HttpServerRequest request) throws IOException, InterruptedException {
        if (!on()) {
            return off();
        }
        if (action == null
                || action.psid() == null
                || !action.psid().matches("[0-9]{1,20}")
                || pages.byId(action.page()).isEmpty()) {
            return Problems.of(400, "validation", "The request is not valid", "page and a numeric psid are required");
        }
        byte[] body = MetaEvents.webhook(action, System.currentTimeMillis()).getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> answer = http.send(
                HttpRequest.newBuilder(URI.create(
                                "http://127.0.0.1:" + request.localAddress().port() + "/webhook"))
                        .header("Content-Type", "application/json")
                        .header(HubSignature.HEADER, signature.sign(body))
                        .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        return Response.ok(Map.of("webhookStatus", answer.statusCode())).build();
    }

    @GET
    @Path("messages")
    @Produces(MediaType.APPLICATION_JSON)
    public Response messages(@QueryParam("psid") String psid, @QueryParam("after") long after)
            throws IOException, InterruptedException {
        if (!on()) {
            return off();
        }
        if (psid == null || !psid.matches("[0-9]{1,20}")) {
            return Problems.of(400, "validation", "The request is not valid", "psid: digits");
        }
        HttpResponse<String> answer = http.send(
                HttpRequest.newBuilder(
                                URI.create(config.graphUrl().replaceAll("/+$", "") + "/_double/messages?recipient="
                                        + URLEncoder.encode(psid, StandardCharsets.UTF_8) + "&after=" + after))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        return Response.ok(answer.body(), MediaType.APPLICATION_JSON).build();
    }
}
