package dev.beacon.channel.telegram.inbound;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.beacon.channel.kit.chat.ChatConfig;
import dev.beacon.channel.kit.chat.ChatStoreUnavailableException;
import dev.beacon.channel.kit.chat.Intake;
import dev.beacon.channel.kit.webhook.Problems;
import dev.beacon.channel.kit.webhook.RawBody;
import dev.beacon.channel.kit.webhook.SharedSecret;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;

/**
 * Telegram's webhook: accepted only with {@code X-Telegram-Bot-Api-Secret-Token} equal to the configured secret
 * (constant time), each {@code update_id} taken once across replicas and queued behind the same chat's earlier
 * updates (channel-kit's {@link Intake}: one chat's updates in order, one at a time; different chats in parallel),
 * then answered {@code 200} at once. No room in the queues, or Redis down: {@code 503}, and Telegram delivers again.
 */
@Path("/webhook")
public class WebhookResource {

    public static final String HEADER = "X-Telegram-Bot-Api-Secret-Token";

    @Inject
    SharedSecret secret;

    @Inject
    ChatConfig chat;

    @Inject
    Intake intake;

    @Inject
    TelegramConversation conversation;

    @Inject
    ObjectMapper json;

    @POST
    @Consumes(MediaType.WILDCARD)
    public Response receive(InputStream in, @HeaderParam(HEADER) String token) throws IOException {
        if (!secret.matches(token)) {
            return Problems.of(
                    401, "unauthorized", "Not from Telegram", HEADER + " is missing or is not this bot's secret token");
        }
        byte[] body;
        try {
            body = RawBody.read(in, chat.maxBody());
        } catch (RawBody.TooLarge e) {
            return Problems.of(413, "too-large", "The request body is too large", e.getMessage());
        }
        Update update;
        try {
            JsonNode tree = json.readTree(body);
            update = Update.parse(tree == null ? json.createObjectNode() : tree);
        } catch (IOException | IllegalArgumentException e) {
            return Problems.of(400, "validation", "Not a Telegram update", "expected an Update with an update_id");
        }
        if (update.kind() == Update.Kind.IGNORED) {
            return Response.ok().build(); // edited messages, channel posts, …: nothing to answer
        }
        Intake.Taken taken;
        try {
            taken = intake.take(
                    "telegram:update:" + update.updateId(),
                    "telegram:chat:" + update.chatId(),
                    () -> conversation.answer(update));
        } catch (ChatStoreUnavailableException e) {
            return tryAgain("Redis did not answer");
        }
        return taken == Intake.Taken.FULL
                ? tryAgain("Too many updates are waiting")
                : Response.ok().build();
    }

    private static Response tryAgain(String detail) {
        return Response.fromResponse(Problems.of(503, "unavailable", "Try again", detail))
                .header("Retry-After", "5")
                .build();
    }
}
