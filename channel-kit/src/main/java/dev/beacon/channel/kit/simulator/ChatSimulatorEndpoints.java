package dev.beacon.channel.kit.simulator;

import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.util.Map;
import java.util.function.Function;

/**
 * The simulator of a chat platform (Messenger, WhatsApp, Telegram): what the person does is turned into the webhook
 * body the platform would send, authenticated as the platform would, and posted to the adapter's own
 * {@code /webhook}; the adapter says how (its platform's body and authentication) and which actions it takes.
 */
public abstract class ChatSimulatorEndpoints extends SimulatorEndpoints {

    /** Why the adapter cannot relay {@code action} (a person id it does not know the form of…), or null. */
    protected abstract String refusal(SimulatorAction action);

    /** The platform's webhook body for {@code action}. */
    protected abstract String webhook(SimulatorAction action);

    /** The header that authenticates a webhook body, as the platform sends it (a signature, a secret token). */
    protected abstract Map.Entry<String, String> authentication(byte[] body);

    @POST
    @Path("send")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Response send(SimulatorAction action, @Context HttpServerRequest request)
            throws IOException, InterruptedException {
        String problem = action == null || action.psid() == null ? "psid is required" : refusal(action);
        Function<byte[], Map.Entry<String, String>> authenticated = this::authentication;
        return simulator().relay(request.localAddress().port(), problem, () -> webhook(action), authenticated);
    }
}
