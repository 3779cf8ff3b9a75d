package dev.beacon.channel.messenger.demo;

import dev.beacon.channel.kit.simulator.ChatSimulator;
import dev.beacon.channel.kit.simulator.ChatSimulatorEndpoints;
import dev.beacon.channel.kit.simulator.SimulatorAction;
import dev.beacon.channel.kit.webhook.HubSignature;
import dev.beacon.channel.messenger.config.MessengerConfig;
import dev.beacon.channel.messenger.config.Pages;
import jakarta.inject.Inject;
import jakarta.ws.rs.Path;
import java.util.List;
import java.util.Map;

/**
 * The demo's chat simulator in its Messenger mode (channel-kit's {@link ChatSimulator}): what the person does is
 * turned into the webhook body Meta would send ({@link MetaEvents}), signed with the App Secret and posted to this
 * adapter's own {@code /webhook}; the bot's answers are read back from the Graph API double. Served only with
 * {@code BEACON_MESSENGER_DEMO=true}, which start-up refuses unless the Graph API is a loopback address.
 */
@Path("/simulator")
public class SimulatorResource extends ChatSimulatorEndpoints {

    @Inject
    MessengerConfig config;

    @Inject
    Pages pages;

    @Inject
    HubSignature signature;

    @Override
    protected ChatSimulator newSimulator() {
        return new ChatSimulator("messenger", config.graphUrl(), config.demo());
    }

    @Override
    protected List<Map<String, String>> accounts() {
        return pages.all().stream()
                .map(a -> Map.of("id", a.id(), "site", a.site()))
                .toList();
    }

    @Override
    protected String refusal(SimulatorAction action) {
        boolean valid = action.psid().matches("[0-9]{1,20}")
                && pages.byId(action.page()).isPresent();
        return valid ? null : "page and a numeric psid are required";
    }

    @Override
    protected String webhook(SimulatorAction action) {
        return MetaEvents.webhook(action, System.currentTimeMillis());
    }

    @Override
    protected Map.Entry<String, String> authentication(byte[] body) {
        return Map.entry(HubSignature.HEADER, signature.sign(body));
    }
}
