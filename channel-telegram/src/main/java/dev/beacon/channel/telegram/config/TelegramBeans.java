package dev.beacon.channel.telegram.config;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.beacon.channel.conversation.ConversationEngine;
import dev.beacon.channel.kit.chat.ChatStore;
import dev.beacon.channel.kit.chat.ChatStoreHealth;
import dev.beacon.channel.kit.chat.LastScreens;
import dev.beacon.channel.kit.graph.LocalGraph;
import dev.beacon.channel.kit.webhook.SharedSecret;
import dev.beacon.channel.telegram.inbound.MenuMessages;
import dev.beacon.channel.telegram.inbound.TelegramConversation;
import dev.beacon.channel.telegram.send.BotApi;
import dev.beacon.channel.telegram.send.TelegramMessages;
import dev.beacon.channel.telegram.setup.BotSetup;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.health.Readiness;
import org.jboss.logging.Logger;

/** Builds the adapter's pieces from {@link TelegramConfig}, refusing to start with a setting that cannot work. */
@ApplicationScoped
public class TelegramBeans {

    private static final Logger LOG = Logger.getLogger(TelegramBeans.class);

    @Produces
    @Singleton
    SharedSecret secret(TelegramConfig config) {
        String token = config.secretToken()
                .filter(s -> !s.isBlank())
                .orElseThrow(() -> new IllegalStateException(
                        "BEACON_TELEGRAM_SECRET_TOKEN is not set: webhooks cannot be authenticated without it"));
        if (!token.matches("[A-Za-z0-9_-]{1,256}")) {
            throw new IllegalStateException("BEACON_TELEGRAM_SECRET_TOKEN: 1-256 characters A-Z, a-z, 0-9, _ and -"
                    + " (what setWebhook accepts)");
        }
        return new SharedSecret(token);
    }

    @Produces
    @Singleton
    BotApi bot(TelegramConfig config, ObjectMapper json) {
        return new BotApi(config, json);
    }

    @Produces
    @Singleton
    TelegramConversation conversation(
            ConversationEngine engine,
            LastScreens screens,
            BotApi bot,
            ObjectMapper json,
            ChatStore store,
            TelegramConfig config) {
        return new TelegramConversation(
                engine, screens, bot, new TelegramMessages(json), new MenuMessages(store), config.site());
    }

    @Produces
    @Singleton
    BotSetup setup(BotApi bot, ObjectMapper json) {
        return new BotSetup(bot, json);
    }

    void onStart(@Observes StartupEvent event, SharedSecret secret, BotApi bot, TelegramConfig config) {
        if (config.demo() && !LocalGraph.is(config.apiUrl())) {
            throw new IllegalStateException("BEACON_TELEGRAM_DEMO=true needs a loopback BEACON_TELEGRAM_API_URL (the"
                    + " Bot API double): the chat simulator must never post as people to a real bot");
        }
        LOG.infof(
                "Telegram adapter: site %s, Bot API %s%s",
                config.site(), config.apiUrl(), config.demo() ? ", DEMO (chat simulator at /simulator/)" : "");
    }

    /** Ready only when the shared state (Redis) answers. */
    @Readiness
    @ApplicationScoped
    public static class Ready extends ChatStoreHealth {}
}
