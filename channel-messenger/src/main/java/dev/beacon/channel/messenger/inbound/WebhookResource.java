package dev.beacon.channel.messenger.inbound;

import dev.beacon.channel.kit.chat.ChatConfig;
import dev.beacon.channel.kit.chat.ChatStoreUnavailableException;
import dev.beacon.channel.kit.webhook.HubChallenge;
import dev.beacon.channel.kit.webhook.HubSignature;
import dev.beacon.channel.kit.webhook.Problems;
import dev.beacon.channel.kit.webhook.RawBody;
import dev.beacon.channel.messenger.config.MessengerConfig;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;

/**
 * Meta's webhook: the verification handshake, and events. A POST is read as raw bytes, its signature checked on
 * exactly those bytes, and only then parsed; the events are queued and the answer is 200 at once, so a slow api never
 * makes Meta retry.
 */
@Path("/webhook")
public class WebhookResource {

    @Inject
    MessengerConfig config;

    @Inject
    ChatConfig chat;

    @Inject
    HubSignature signature;

    @Inject
    EventParser parser;

    @Inject
    EventIntake intake;

    @GET
    public Response verify(
            @QueryParam("hub.mode") String mode,
            @QueryParam("hub.verify_token") String token,
            @QueryParam("hub.challenge") String challenge) {
        return HubChallenge.answer(mode, token, challenge, config.verifyToken().orElse(null))
                .map(c -> Response.ok(c, MediaType.TEXT_PLAIN_TYPE).build())
                .orElseGet(() -> Problems.of(
                        403,
                        "forbidden",
                        "Verification refused",
                        "hub.mode must be subscribe and hub.verify_token the configured verify token"));
    }

    @POST
    @Consumes(MediaType.WILDCARD)
    public Response receive(InputStream in, @HeaderParam(HubSignature.HEADER) String signed) throws IOException {
        byte[] body;
        try {
            body = RawBody.read(in, chat.maxBody());
        } catch (RawBody.TooLarge e) {
            return Problems.of(413, "too-large", "The request body is too large", e.getMessage());
        }
        if (!signature.verify(body, signed)) {
            return Problems.of(
                    403,
                    "bad-signature",
                    "The request is not signed by Meta",
                    "X-Hub-Signature-256 is missing or is not the HMAC-SHA256 of this body with the App Secret");
        }
        List<MessengerEvent> events;
        try {
            events = parser.parse(body);
        } catch (EventParser.NotAPageWebhook e) {
            return Problems.of(400, "validation", "Not a Messenger page webhook", e.getMessage());
        }
        try {
            if (!intake.take(events)) {
                return later("busy", "Too many events are waiting to be handled");
            }
        } catch (ChatStoreUnavailableException e) {
            return later("unavailable", "The shared state (Redis) did not answer");
        }
        return Response.ok("EVENT_RECEIVED", MediaType.TEXT_PLAIN_TYPE).build();
    }

    /** 503 with Retry-After: Meta delivers the batch again, and events already taken are recognised then. */
    private static Response later(String type, String title) {
        return Response.fromResponse(Problems.of(503, type, title, "Deliver the events again later"))
                .header("Retry-After", "5")
                .build();
    }
}
