package dev.beacon.channel.whatsapp.config;

import dev.beacon.channel.kit.chat.ChatStore;
import dev.beacon.channel.kit.chat.SiteAccounts;
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
    WhatsAppConfig config;

    @Inject
    HubSignature signature;

    @Inject
    SiteAccounts<PhoneNumber> numbers;

    @Inject
    ChatStore store;

    @Inject
    NotificationSubscription notifications;

    void onStart(@Observes StartupEvent event) {
        MetaAppConfig.check(config, "BEACON_WHATSAPP", LOG);
        for (PhoneNumber number : numbers.all()) {
            if (number.bsp() && number.bspSecret(config.bspSecret()).isEmpty()) {
                throw new IllegalStateException("BEACON_WHATSAPP_NUMBERS: phone number id " + number.id()
                        + " is forwarded by a BSP (:bsp) but names no hook secret (:bsp=<secret>) and"
                        + " BEACON_WHATSAPP_BSP_SECRET is not set");
            }
        }
        if (numbers.all().isEmpty()) {
            LOG.warn("BEACON_WHATSAPP_NUMBERS names no phone number: every message will be dropped");
        }
        LOG.infof(
                "WhatsApp adapter: numbers %s, Graph API %s/%s%s%s",
                numbers.all(),
                config.graphUrl(),
                config.graphVersion(),
                config.bspSecret().filter(s -> !s.isBlank()).isPresent() ? ", BSP webhook on" : "",
                config.demo() ? ", DEMO (chat simulator at /simulator/)" : "");
        signature.getClass();
        store.getClass();
        notifications.inBackground(
                numbers.all().stream().map(PhoneNumber::site).toList(), java.time.Duration.ofSeconds(5));
    }
}
