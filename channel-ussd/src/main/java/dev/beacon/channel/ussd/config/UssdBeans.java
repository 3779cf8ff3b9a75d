package dev.beacon.channel.ussd.config;

import dev.beacon.channel.conversation.ConversationConfig;
import dev.beacon.channel.conversation.ConversationEngine;
import dev.beacon.channel.conversation.PayloadCodec;
import dev.beacon.channel.kit.BeaconDelivery;
import dev.beacon.channel.kit.chat.ChatStore;
import dev.beacon.channel.kit.chat.ChatStoreHealth;
import dev.beacon.channel.kit.chat.PayloadKeys;
import dev.beacon.channel.kit.graph.LocalGraph;
import dev.beacon.channel.kit.webhook.SharedSecret;
import dev.beacon.channel.ussd.callback.CallbackGuard;
import dev.beacon.channel.ussd.callback.SourceAddresses;
import dev.beacon.channel.ussd.session.UssdSessions;
import dev.beacon.channel.ussd.sms.SmsBeans;
import dev.beacon.channel.ussd.sms.SmsConfig;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.health.Readiness;
import org.jboss.logging.Logger;

/** Builds the adapter's pieces from {@link UssdConfig}, refusing to start with a setting that cannot work. */
@ApplicationScoped
public class UssdBeans {

    private static final Logger LOG = Logger.getLogger(UssdBeans.class);

    @Produces
    @Singleton
    ServiceCodes codes(UssdConfig config) {
        return ServiceCodes.parse(config.sites());
    }

    @Produces
    @Singleton
    CallbackGuard guard(UssdConfig config) {
        return new CallbackGuard(
                config.pathSecret().filter(s -> !s.isBlank()).map(SharedSecret::new),
                SourceAddresses.parse(config.allowedSources().orElse(List.of())));
    }

    @Produces
    @Singleton
    UssdSessions sessions(
            ConversationEngine engine,
            ChatStore store,
            BeaconDelivery delivery,
            UssdConfig config,
            ConversationConfig conversation,
            Optional<SmsBeans.Sms> sms) {
        PayloadCodec codec = PayloadKeys.codec(conversation);
        return new UssdSessions(engine, store, delivery, config.sessionTtl(), config.maxSteps(), codec, sms);
    }

    /** Builds what needs settings at start-up, so a missing or wrong setting stops the process in its first lines. */
    void onStart(
            @Observes StartupEvent event,
            ServiceCodes codes,
            CallbackGuard guard,
            UssdSessions sessions,
            UssdConfig config,
            SmsConfig sms) {
        if (config.demo() && !LocalGraph.is(sms.apiUrl())) {
            throw new IllegalStateException("BEACON_USSD_DEMO=true needs a loopback BEACON_SMS_API_URL (the SMS API"
                    + " double): the demo's phone must never send real SMS");
        }
        if (guard.open()) {
            LOG.warn("Neither BEACON_USSD_ALLOWED_SOURCES nor BEACON_USSD_PATH_SECRET is set: anyone who finds this"
                    + " address can call the USSD and SMS callbacks. Set one (or both) outside a demo.");
        }
        LOG.infof(
                "USSD adapter: service codes %s, callback %s%s",
                codes,
                guard.secretPath() ? "/ussd/<secret>" : "/ussd",
                config.demo() ? ", DEMO (feature-phone simulator at /simulator/)" : "");
    }

    /** Ready only when the shared state (Redis) answers. */
    @Readiness
    @ApplicationScoped
    public static class Ready extends ChatStoreHealth {}
}
