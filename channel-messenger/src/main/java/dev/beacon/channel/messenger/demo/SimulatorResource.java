package dev.beacon.channel.messenger.demo;

import dev.beacon.channel.kit.simulator.ChatSimulator;
import dev.beacon.channel.kit.simulator.SimulatorEndpoints;
import dev.beacon.channel.kit.webhook.HubSignature;
import dev.beacon.channel.messenger.config.MessengerConfig;
import dev.beacon.channel.messenger.config.Pages;
import io.vertx.core.http.HttpServerRequest;
import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.util.List;
import java.util.Map;

/**
 * The demo's chat simulator in its Messenger mode (channel-kit's {@link ChatSimulator}): what the person does is
 * turned into the webhook body Meta would send ({@link MetaEvents}), signed with the App Secret and posted to this
 * adapter's own {@code /webhook}; the bot's answers are read back from the Graph API double. Served only with
 * {@code BEACON_MESSENGER_DEMO=true}, which start-up refuses unless the Graph API is a loopback address.
 */
@Path("/simulator")
public class SimulatorResource extends SimulatorEndpoints {

    @Inject
    MessengerConfig config;

    @Inject
    Pages pages;

    @Inject
    HubSignature signature;

    private ChatSimulator simulator;

    @PostConstruct
    void init() {
        simulator = new ChatSimulator("messenger", config.graphUrl(), config.demo());
    }

    @Override
    protected ChatSimulator simulator() {
        return simulator;
    }

    @Override
    protected List<Map<String, String>> accounts() {
        return pages.all().stream()
                .map(a -> Map.of("id", a.id(), "site", a.site()))
                .toList();
    }

    /** What the person did, as the simulator page says it. */
    public record Action(String page, String psid, String kind, String text, String payload, String ref) {}

    @POST
    @Path("send")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Response send(Action action, @Context HttpServerRequest request) throws IOException, InterruptedException {
        boolean valid = action != null
                && action.psid() != null
                && action.psid().matches("[0-9]{1,20}")
                && pages.byId(action.page()).isPresent();
        return simulator.relay(
                request.localAddress().port(),
                valid ? null : "page and a numeric psid are required",
                () -> MetaEvents.webhook(action, System.currentTimeMillis()),
                signature);
    }
}
