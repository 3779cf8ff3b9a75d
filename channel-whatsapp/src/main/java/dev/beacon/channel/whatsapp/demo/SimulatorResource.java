package dev.beacon.channel.whatsapp.demo;

import dev.beacon.channel.kit.chat.SiteAccounts;
import dev.beacon.channel.kit.simulator.ChatSimulator;
import dev.beacon.channel.kit.simulator.ChatSimulatorEndpoints;
import dev.beacon.channel.kit.simulator.SimulatorAction;
import dev.beacon.channel.kit.webhook.HubSignature;
import dev.beacon.channel.whatsapp.config.PhoneNumber;
import dev.beacon.channel.whatsapp.config.WhatsAppConfig;
import jakarta.inject.Inject;
import jakarta.ws.rs.Path;
import java.util.List;
import java.util.Map;

/**
 * The demo's chat simulator in its WhatsApp mode (channel-kit's {@link ChatSimulator}): what the person does is
 * turned into the Cloud API webhook WhatsApp would send ({@link CloudEvents}), signed with the App Secret and posted
 * to this adapter's own {@code /webhook}; the bot's answers are read back from the Graph API double. Served only
 * with {@code BEACON_WHATSAPP_DEMO=true}, which start-up refuses unless the Graph API is a loopback address.
 */
@Path("/simulator")
public class SimulatorResource extends ChatSimulatorEndpoints {

    @Inject
    WhatsAppConfig config;

    @Inject
    SiteAccounts<PhoneNumber> numbers;

    @Inject
    HubSignature signature;

    @Override
    protected ChatSimulator newSimulator() {
        return new ChatSimulator("whatsapp", config.graphUrl(), config.demo());
    }

    @Override
    protected List<Map<String, String>> accounts() {
        return numbers.all().stream()
                .map(a -> Map.of("id", a.id(), "site", a.site()))
                .toList();
    }

    @Override
    protected String refusal(SimulatorAction action) {
        boolean valid = action.psid().matches("[0-9]{5,20}")
                && numbers.byId(action.page()).isPresent();
        return valid ? null : "page (a configured phone number id) and psid (a wa_id, digits) are required";
    }

    @Override
    protected String webhook(SimulatorAction action) {
        return CloudEvents.webhook(action.page(), action.psid(), message(action), null);
    }

    @Override
    protected Map.Entry<String, String> authentication(byte[] body) {
        return Map.entry(HubSignature.HEADER, signature.sign(body));
    }

    private static String message(SimulatorAction action) {
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
