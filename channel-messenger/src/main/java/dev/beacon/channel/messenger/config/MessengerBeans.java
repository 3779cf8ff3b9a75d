package dev.beacon.channel.messenger.config;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.beacon.channel.kit.chat.MessagingWindow;
import dev.beacon.channel.kit.webhook.HubSignature;
import dev.beacon.channel.messenger.inbound.EventParser;
import dev.beacon.channel.messenger.send.GraphClient;
import dev.beacon.channel.messenger.send.Sender;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.net.URI;
import java.util.Set;

/** Builds the adapter's pieces from {@link MessengerConfig}, refusing to start with a setting that cannot work. */
@ApplicationScoped
public class MessengerBeans {

    private static final Set<String> LOOPBACK = Set.of("127.0.0.1", "localhost", "::1", "[::1]");

    @Produces
    @Singleton
    Pages pages(MessengerConfig config) {
        return Pages.parse(config.pages().orElse(""));
    }

    @Produces
    @Singleton
    HubSignature signature(MessengerConfig config) {
        return new HubSignature(config.appSecret()
                .filter(s -> !s.isBlank())
                .orElseThrow(() -> new IllegalStateException(
                        "BEACON_MESSENGER_APP_SECRET is not set: webhooks cannot be authenticated without it")));
    }

    @Produces
    @Singleton
    EventParser parser(ObjectMapper json) {
        return new EventParser(json);
    }

    @Produces
    @Singleton
    GraphClient graph(MessengerConfig config, ObjectMapper json) {
        return new GraphClient(config, json);
    }

    @Produces
    @Singleton
    Sender sender(GraphClient graph, MessagingWindow window, MessengerConfig config, ObjectMapper json) {
        return new Sender(graph, window, config.send(), json);
    }

    /** Whether the Graph API configured is a local one (the double): the demo's simulator runs only then. */
    public static boolean localGraph(MessengerConfig config) {
        String host = URI.create(config.graphUrl()).getHost();
        return host != null && LOOPBACK.contains(host);
    }
}
