package dev.beacon.channel.messenger.inbound;

import dev.beacon.channel.kit.chat.ChatStoreUnavailableException;
import dev.beacon.channel.kit.webhook.HubSignature;
import dev.beacon.channel.kit.webhook.MetaWebhookResource;
import dev.beacon.channel.kit.webhook.Problems;
import dev.beacon.channel.kit.webhook.SignedWebhook;
import dev.beacon.channel.messenger.config.MessengerConfig;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Optional;

/**
 * Meta's webhook: the verification handshake, and events. A POST is read as raw bytes, its signature checked on
 * exactly those bytes, and only then parsed; the events are queued and the answer is 200 at once, so a slow api never
 * makes Meta retry.
 */
@Path("/webhook")
public class WebhookResource extends MetaWebhookResource {

    @Inject
    MessengerConfig config;

    @Inject
    EventParser parser;

    @Inject
    EventIntake intake;

    @Override
    protected Optional<String> verifyToken() {
        return config.verifyToken();
    }

    @POST
    @Consumes(MediaType.WILDCARD)
    public Response receive(InputStream in, @HeaderParam(HubSignature.HEADER) String signed) throws IOException {
        return receiveSigned(in, signed, this::take);
    }

    private Response take(byte[] body) {
        List<MessengerEvent> events;
        try {
            events = parser.parse(body);
        } catch (EventParser.NotAPageWebhook e) {
            return Problems.of(400, "validation", "Not a Messenger page webhook", e.getMessage());
        }
        try {
            if (!intake.take(events)) {
                return SignedWebhook.later("busy", "Too many events are waiting to be handled");
            }
        } catch (ChatStoreUnavailableException e) {
            return SignedWebhook.later("unavailable", "The shared state (Redis) did not answer");
        }
        return SignedWebhook.received();
    }
}
