package dev.beacon.channel.messenger.config;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.beacon.channel.kit.chat.MessagingWindow;
import dev.beacon.channel.kit.graph.GraphClient;
import dev.beacon.channel.kit.graph.MetaAppConfig;
import dev.beacon.channel.kit.webhook.HubSignature;
import dev.beacon.channel.messenger.inbound.EventParser;
import dev.beacon.channel.messenger.send.Sender;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** Builds the adapter's pieces from {@link MessengerConfig}, refusing to start with a setting that cannot work. */
@ApplicationScoped
public class MessengerBeans {

    @Produces
    @Singleton
    Pages pages(MessengerConfig config) {
        return Pages.parse(config.pages().orElse(""));
    }

    @Produces
    @Singleton
    HubSignature signature(MessengerConfig config) {
        return MetaAppConfig.signature(config, "BEACON_MESSENGER");
    }

    @Produces
    @Singleton
    EventParser parser(ObjectMapper json) {
        return new EventParser(json);
    }

    @Produces
    @Singleton
    GraphClient graph(MessengerConfig config, ObjectMapper json) {
        return new GraphClient(
                config.graphUrl(), config.graphVersion(), config.send().timeout(), json);
    }

    @Produces
    @Singleton
    Sender sender(GraphClient graph, MessagingWindow window, MessengerConfig config, ObjectMapper json) {
        return new Sender(graph, window, config.send(), json);
    }
}
