package dev.beacon.channel.whatsapp.inbound;

import dev.beacon.channel.kit.chat.ChatStoreUnavailableException;
import dev.beacon.channel.kit.chat.SiteAccounts;
import dev.beacon.channel.kit.webhook.HubSignature;
import dev.beacon.channel.kit.webhook.MetaWebhookResource;
import dev.beacon.channel.kit.webhook.Problems;
import dev.beacon.channel.kit.webhook.SignedWebhook;
import dev.beacon.channel.whatsapp.config.PhoneNumber;
import dev.beacon.channel.whatsapp.config.WhatsAppConfig;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;

/**
 * WhatsApp's webhooks: Meta's verification handshake and the Cloud API's events ({@code X-Hub-Signature-256}, App
 * Secret), and a BSP's forwarded events at {@code /webhook/bsp/<phone number id>} ({@code X-Turn-Hook-Signature},
 * the hook secret). A POST is read as raw bytes, its signature checked on exactly those bytes, and only then parsed;
 * the events are queued and the answer is 200 at once.
 */
@Path("/webhook")
public class WebhookResource extends MetaWebhookResource {

    @Inject
    WhatsAppConfig config;

    @Inject
    CloudEnvelope envelope;

    @Inject
    EventIntake intake;

    @Inject
    SiteAccounts<PhoneNumber> numbers;

    @Override
    protected Optional<String> verifyToken() {
        return config.verifyToken();
    }

    @POST
    @Consumes(MediaType.WILDCARD)
    public Response receive(InputStream in, @HeaderParam(HubSignature.HEADER) String signed) throws IOException {
        return receiveSigned(in, signed, body -> take(envelope::parse, body));
    }

    @POST
    @Path("bsp/{number}")
    @Consumes(MediaType.WILDCARD)
    public Response receiveBsp(
            @PathParam("number") String number, InputStream in, @HeaderParam(TurnSignature.HEADER) String signed)
            throws IOException {
        Optional<TurnSignature> bsp = number.matches("[0-9]{1,30}") ? bspSignature(number) : Optional.empty();
        if (bsp.isEmpty()) {
            return Problems.of(404, "not-found", "Resource not found", "No BSP webhook is configured here");
        }
        return SignedWebhook.receive(
                in,
                chat.maxBody(),
                body -> bsp.get().verify(body, signed),
                "X-Turn-Hook-Signature is missing or is not the base64 HMAC-SHA256 of this body with the hook secret",
                body -> take(b -> envelope.parseBsp(number, b), body));
    }

    /**
     * The signature a BSP uses for this number: a number marked {@code :bsp} in BEACON_WHATSAPP_NUMBERS signs with
     * its own hook secret or the default one; a number not marked so (or not listed) with the default one, as before
     * numbers named their envelope. None: no BSP webhook for this number.
     */
    private Optional<TurnSignature> bspSignature(String number) {
        Optional<String> fallback = config.bspSecret().filter(s -> !s.isBlank());
        Optional<PhoneNumber> known = numbers.byId(number);
        Optional<String> secret =
                known.isPresent() && known.get().bsp() ? known.get().bspSecret(fallback) : fallback;
        return secret.map(TurnSignature::new);
    }

    private interface Parser {
        CloudEnvelope.Batch parse(byte[] body) throws CloudEnvelope.NotAWhatsAppWebhook;
    }

    private Response take(Parser parser, byte[] body) {
        CloudEnvelope.Batch batch;
        try {
            batch = parser.parse(body);
        } catch (CloudEnvelope.NotAWhatsAppWebhook e) {
            return Problems.of(400, "validation", "Not a WhatsApp webhook", e.getMessage());
        }
        try {
            if (!intake.take(batch)) {
                return SignedWebhook.later("busy", "Too many events are waiting to be handled");
            }
        } catch (ChatStoreUnavailableException e) {
            return SignedWebhook.later("unavailable", "The shared state (Redis) did not answer");
        }
        return SignedWebhook.received();
    }
}
