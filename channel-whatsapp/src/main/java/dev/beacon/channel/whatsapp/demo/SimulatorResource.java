package dev.beacon.channel.whatsapp.demo;

import dev.beacon.channel.kit.chat.SiteAccounts;
import dev.beacon.channel.kit.simulator.ChatSimulator;
import dev.beacon.channel.kit.simulator.SimulatorEndpoints;
import dev.beacon.channel.kit.webhook.HubSignature;
import dev.beacon.channel.whatsapp.config.PhoneNumber;
import dev.beacon.channel.whatsapp.config.WhatsAppConfig;
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
 * The demo's chat simulator in its WhatsApp mode (channel-kit's {@link ChatSimulator}): what the person does is
 * turned into the Cloud API webhook WhatsApp would send ({@link CloudEvents}), signed with the App Secret and posted
 * to this adapter's own {@code /webhook}; the bot's answers are read back from the Graph API double. Served only
 * with {@code BEACON_WHATSAPP_DEMO=true}, which start-up refuses unless the Graph API is a loopback address.
 */
@Path("/simulator")
public class SimulatorResource extends SimulatorEndpoints {

    @Inject
    WhatsAppConfig config;

    @Inject
    SiteAccounts<PhoneNumber> numbers;

    @Inject
    HubSignature signature;

    private ChatSimulator simulator;

    @PostConstruct
    void init() {
        simulator = new ChatSimulator("whatsapp", config.graphUrl(), config.demo());
    }

    @Override
    protected ChatSimulator simulator() {
        return simulator;
    }

    @Override
    protected List<Map<String, String>> accounts() {
        return numbers.all().stream()
                .map(a -> Map.of("id", a.id(), "site", a.site()))
                .toList();
    }

    /**
     * What the person did, as the simulator page says it: {@code kind} text, button_reply, list_reply, image or
     * location; {@code page} is our phone number id, {@code psid} the person's wa_id.
     */
    public record Action(String page, String psid, String kind, String text, String payload) {}

    @POST
    @Path("send")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Response send(Action action, @Context HttpServerRequest request) throws IOException, InterruptedException {
        boolean valid = action != null
                && action.psid() != null
                && action.psid().matches("[0-9]{5,20}")
                && numbers.byId(action.page()).isPresent();
        return simulator.relay(
                request.localAddress().port(),
                valid ? null : "page (a configured phone number id) and psid (a wa_id, digits) are required",
                () -> CloudEvents.webhook(action.page(), action.psid(), message(action), null),
                signature);
    }

    private static String message(Action action) {
        String wamid = "wamid.sim_" + System.nanoTime();
        return switch (action.kind() == null ? "text" : action.kind()) {
            case "button_reply" ->
                CloudEvents.reply(action.psid(), wamid, false, "wamid.sim", action.payload(), action.text());
            case "list_reply" ->
                CloudEvents.reply(action.psid(), wamid, true, "wamid.sim", action.payload(), action.text());
            case "image" -> CloudEvents.media(action.psid(), wamid, "image");
            case "location" -> CloudEvents.location(action.psid(), wamid);
            default -> CloudEvents.text(action.psid(), wamid, action.text());
        };
    }
}
