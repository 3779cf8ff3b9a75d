package dev.beacon.channel.kit.chat;

import dev.beacon.channel.conversation.ConversationConfig;
import dev.beacon.channel.kit.BeaconDelivery;
import io.quarkus.arc.DefaultBean;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.Optional;
import org.eclipse.microprofile.config.ConfigProvider;
import org.jboss.logging.Logger;

/**
 * Produces the chat adapters' shared pieces: the {@link ChatStore} (Redis when {@code BEACON_REDIS_URL} or
 * {@code quarkus.redis.hosts} is set, else bounded memory, said at start-up), {@link SeenIds}, {@link LastScreens},
 * the {@link MessagingWindow}, the {@link PersonQueues} and the {@link Intake} in front of them. An adapter using Redis adds {@code quarkus-redis-client}
 * to its dependencies (optional here, so the mobi-site does not carry it).
 */
@ApplicationScoped
public class ChatStores {

    private static final Logger LOG = Logger.getLogger(ChatStores.class);

    @Produces
    @Singleton
    ChatStore store(RedisConfig redis, ChatConfig chat, Vertx vertx) {
        Optional<String> url = redis.url()
                .filter(u -> !u.isBlank())
                .or(() -> ConfigProvider.getConfig()
                        .getOptionalValue("quarkus.redis.hosts", String.class)
                        .map(hosts -> hosts.split(",")[0].trim()));
        if (url.isPresent()) {
            LOG.infof(
                    "Chat state (handled message ids, last screens, messaging windows) is shared in Redis at %s",
                    redacted(url.get()));
            return new RedisChatStore(vertx, url.get(), redis.prefix(), redis.timeout());
        }
        LOG.warnf(
                "No Redis configured (BEACON_REDIS_URL): handled message ids and conversation state are kept in this"
                        + " process's memory (at most %d entries). Run a SINGLE replica only, or set BEACON_REDIS_URL.",
                chat.memoryEntries());
        return new MemoryChatStore(chat.memoryEntries(), Clock.systemUTC());
    }

    void close(@Disposes ChatStore store) {
        store.close();
    }

    @Produces
    @Singleton
    SeenIds seenIds(ChatStore store, ChatConfig chat) {
        return new SeenIds(store, chat.seenTtl());
    }

    @Produces
    @Singleton
    LastScreens lastScreens(ChatStore store, ChatConfig chat, Clock clock) {
        return new LastScreens(store, chat.screenTtl(), clock);
    }

    @Produces
    @Singleton
    MessagingWindow window(ChatStore store, Clock clock) {
        return new MessagingWindow(store, java.time.Duration.ofHours(24), clock);
    }

    /**
     * The time the conversation state is read by (messaging windows, last screens): the system's, unless another
     * {@link Clock} bean is present (a test moves it a day on).
     */
    @Produces
    @Singleton
    @DefaultBean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Produces
    @Singleton
    PersonLanguage language(ConversationConfig conversation, BeaconDelivery delivery, LastScreens screens) {
        return new PersonLanguage(PayloadKeys.codec(conversation), delivery, screens);
    }

    @Produces
    @Singleton
    PersonQueues queues(ChatConfig chat) {
        return new PersonQueues(chat.workers(), chat.maxPending());
    }

    @Produces
    @Singleton
    Intake intake(SeenIds seen, PersonQueues queues) {
        return new Intake(seen, queues);
    }

    void close(@Disposes PersonQueues queues) {
        queues.close();
    }

    /** A URL without its password, for the log. */
    static String redacted(String url) {
        return url.replaceAll("//[^@/]*@", "//***@");
    }
}
