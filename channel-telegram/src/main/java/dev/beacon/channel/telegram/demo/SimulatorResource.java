package dev.beacon.channel.telegram.demo;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.beacon.channel.kit.simulator.ChatSimulator;
import dev.beacon.channel.kit.simulator.ChatSimulatorEndpoints;
import dev.beacon.channel.kit.simulator.SimulatorAction;
import dev.beacon.channel.telegram.config.TelegramConfig;
import dev.beacon.channel.telegram.inbound.WebhookResource;
import jakarta.inject.Inject;
import jakarta.ws.rs.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The demo's chat simulator in its Telegram mode (channel-kit's {@link ChatSimulator}): what the person does (types,
 * taps an inline button, sends a photo) becomes the {@code Update} Telegram would post, sent to this adapter's own
 * {@code /webhook} with the secret token; the bot's answers (messages, photos, edited menus) are read back from the
 * Bot API double. Served only with {@code BEACON_TELEGRAM_DEMO=true}, which start-up refuses unless the Bot API is
 * a loopback address.
 */
@Path("/simulator")
public class SimulatorResource extends ChatSimulatorEndpoints {

    private static final AtomicLong UPDATES = new AtomicLong(System.currentTimeMillis() / 1000 * 1000);

    @Inject
    TelegramConfig config;

    @Inject
    ObjectMapper json;

    @Override
    protected ChatSimulator newSimulator() {
        return new ChatSimulator("telegram", config.apiUrl(), config.demo());
    }

    @Override
    protected List<Map<String, String>> accounts() {
        return List.of(Map.of("id", "bot", "site", config.site()));
    }

    @Override
    protected String refusal(SimulatorAction action) {
        boolean valid = action.psid().matches("[1-9][0-9]{0,14}")
                && (action.language() == null || action.language().matches("[a-z]{2}(-[a-z]{2})?"));
        return valid ? null : "psid (a Telegram user id, digits) is required; language like en or pt-br";
    }

    @Override
    protected String webhook(SimulatorAction action) {
        return update(action).toString();
    }

    @Override
    protected Map.Entry<String, String> authentication(byte[] body) {
        return Map.entry(WebhookResource.HEADER, config.secretToken().orElse(""));
    }

    private ObjectNode update(SimulatorAction a) {
        long id = Long.parseLong(a.psid());
        long now = System.currentTimeMillis() / 1000;
        ObjectNode update = json.createObjectNode().put("update_id", UPDATES.incrementAndGet());
        if ("callback_query".equals(a.kind())) {
            ObjectNode query = update.putObject("callback_query");
            query.put("id", "sim" + update.path("update_id").asLong())
                    .put("chat_instance", "sim" + id)
                    .put("data", a.payload() == null ? "" : a.payload());
            from(query.putObject("from"), id, a.language());
            ObjectNode message = query.putObject("message")
                    .put("message_id", a.messageId() == null ? 0 : a.messageId())
                    .put("date", now);
            chat(message, id);
            return update;
        }
        ObjectNode message = update.putObject("message")
                .put("message_id", update.path("update_id").asLong())
                .put("date", now);
        from(message.putObject("from"), id, a.language());
        chat(message, id);
        if ("photo".equals(a.kind())) {
            message.putArray("photo")
                    .addObject()
                    .put("file_id", "sim-photo")
                    .put("file_unique_id", "sim")
                    .put("width", 90)
                    .put("height", 90);
        } else {
            message.put("text", a.text() == null ? "" : a.text());
        }
        return update;
    }

    private static void from(ObjectNode from, long id, String language) {
        from.put("id", id).put("is_bot", false).put("first_name", "Demo");
        if (language != null) {
            from.put("language_code", language);
        }
    }

    private static void chat(ObjectNode message, long id) {
        message.putObject("chat").put("id", id).put("type", "private").put("first_name", "Demo");
    }
}
