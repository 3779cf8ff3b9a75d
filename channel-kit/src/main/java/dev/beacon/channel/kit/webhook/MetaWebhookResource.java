package dev.beacon.channel.kit.webhook;

import dev.beacon.channel.kit.chat.ChatConfig;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;

/**
 * The {@code /webhook} resource of a Meta chat adapter: Meta's verification handshake on {@code GET}, and a
 * {@code POST} signed with the App Secret ({@code X-Hub-Signature-256}) checked on its raw bytes before the adapter
 * parses it ({@link SignedWebhook}). The adapter's resource extends it, declares its {@code @POST} and hands the
 * signed bytes to its own parser.
 */
public abstract class MetaWebhookResource {

    @Inject
    protected HubSignature signature;

    @Inject
    protected ChatConfig chat;

    protected abstract Optional<String> verifyToken();

    @GET
    public Response verify(
            @QueryParam("hub.mode") String mode,
            @QueryParam("hub.verify_token") String token,
            @QueryParam("hub.challenge") String challenge) {
        return SignedWebhook.verification(mode, token, challenge, verifyToken());
    }

    /** A POST signed with the App Secret, taken by {@code taker} once its signature is right. */
    protected Response receiveSigned(InputStream in, String signed, SignedWebhook.Taker taker) throws IOException {
        return SignedWebhook.receive(
                in,
                chat.maxBody(),
                body -> signature.verify(body, signed),
                "X-Hub-Signature-256 is missing or is not the HMAC-SHA256 of this body with the App Secret",
                taker);
    }
}
