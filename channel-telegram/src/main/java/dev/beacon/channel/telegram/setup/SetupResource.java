package dev.beacon.channel.telegram.setup;

import dev.beacon.channel.kit.BeaconDelivery;
import dev.beacon.channel.kit.webhook.Problems;
import dev.beacon.channel.kit.webhook.SharedSecret;
import dev.beacon.channel.telegram.config.TelegramConfig;
import jakarta.inject.Inject;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;

/**
 * {@code POST /manage/setup} with {@code Authorization: Bearer <manage token>}: setWebhook and setMyCommands per
 * locale ({@link BotSetup}). 404 without a configured manage token, 401 with a wrong one, 409 without a public URL,
 * 502 when Telegram refused a call.
 */
@Path("/manage/setup")
public class SetupResource {

    @Inject
    TelegramConfig config;

    @Inject
    BotSetup setup;

    @Inject
    BeaconDelivery delivery;

    @POST
    public Response setUp(@HeaderParam("Authorization") String authorization) {
        if (config.manageToken().filter(t -> !t.isBlank()).isEmpty()) {
            return Problems.of(404, "not-found", "Not found", "No manage token is configured");
        }
        String given = authorization != null && authorization.startsWith("Bearer ") ? authorization.substring(7) : null;
        if (!new SharedSecret(config.manageToken().get()).matches(given)) {
            return Problems.of(401, "unauthorized", "Unauthorized", "Authorization: Bearer <manage token> is needed");
        }
        if (config.publicUrl().filter(u -> u.startsWith("http")).isEmpty()) {
            return Problems.of(
                    409, "conflict", "No public URL", "BEACON_TELEGRAM_PUBLIC_URL is needed to register the webhook");
        }
        List<String> done = setup.run(
                delivery.site(config.site()).body(),
                config.publicUrl().get(),
                config.secretToken().orElseThrow());
        boolean refused = done.stream().anyMatch(d -> d.contains("refused"));
        return Response.status(refused ? 502 : 200)
                .type(MediaType.APPLICATION_JSON)
                .entity(Map.of("done", done))
                .build();
    }
}
