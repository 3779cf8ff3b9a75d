package dev.beacon.channel.messenger.config;

import dev.beacon.channel.kit.chat.ChatStore;
import dev.beacon.channel.kit.graph.MetaAppConfig;
import dev.beacon.channel.kit.notify.NotificationSubscription;
import dev.beacon.channel.kit.webhook.HubSignature;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

/** Builds what needs settings at start-up, so a missing or wrong setting stops the process in its first lines. */
public class StartupChecks {

    private static final Logger LOG = Logger.getLogger(StartupChecks.class);

    @Inject
    MessengerConfig config;

    @Inject
    HubSignature signature;

    @Inject
    Pages pages;

    @Inject
    ChatStore store;

    @Inject
    NotificationSubscription notifications;

    void onStart(@Observes StartupEvent event) {
        MetaAppConfig.check(config, "BEACON_MESSENGER", LOG);
        if (pages.all().isEmpty()) {
            LOG.warn("BEACON_MESSENGER_PAGES names no page: every event will be dropped");
        }
        LOG.infof(
                "Messenger adapter: pages %s, Graph API %s/%s%s",
                pages.all(),
                config.graphUrl(),
                config.graphVersion(),
                config.demo() ? ", DEMO (chat simulator at /simulator/)" : "");
        signature.getClass();
        store.getClass();
        notifications.inBackground(pages.all().stream().map(Page::site).toList(), java.time.Duration.ofSeconds(5));
    }
}
