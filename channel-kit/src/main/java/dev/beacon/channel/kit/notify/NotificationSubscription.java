package dev.beacon.channel.kit.notify;

import dev.beacon.channel.kit.auth.TokenSource;
import dev.beacon.channel.kit.config.ApiConfig;
import dev.beacon.channel.kit.config.ClientConfig;
import dev.beacon.channel.kit.model.Webhook;
import dev.beacon.channel.kit.rest.ApiClients;
import dev.beacon.channel.kit.rest.WebhooksApi;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.jboss.logging.Logger;

/**
 * Makes sure the api sends {@code notification.created} of each of the adapter's sites to this adapter: a webhook
 * to {@code beacon.notify.subscribe-url} with {@code beacon.notify.secret}, registered through the management API
 * unless one to that URL exists already (so a restart, or a second replica, registers nothing more). It needs a site
 * admin's rights: with the api's demo issuer, the demo staff member {@code beacon.notify.demo-admin}; otherwise the
 * channel's own service account, which must then be a site admin (or register the webhook by hand, see the README).
 */
@ApplicationScoped
public class NotificationSubscription {

    private static final Logger LOG = Logger.getLogger(NotificationSubscription.class);

    @Inject
    NotifyConfig notify;

    @Inject
    ApiConfig api;

    @Inject
    ClientConfig client;

    @Inject
    TokenSource channelTokens;

    /** What happened for one site. */
    public enum Outcome {
        REGISTERED,
        ALREADY_THERE
    }

    /**
     * Registers what is missing, in the background, trying again every {@code every} for as long as the api does not
     * answer (it may start after the adapter). Nothing when no subscribe URL or secret is configured.
     */
    public void inBackground(Collection<String> sites, Duration every) {
        if (notify.subscribeUrl().isEmpty() || notify.secret().isEmpty()) {
            return;
        }
        Thread thread = new Thread(
                () -> {
                    for (String site : new TreeSet<>(sites)) {
                        while (!Thread.currentThread().isInterrupted()) {
                            try {
                                ensure(
                                        site,
                                        notify.subscribeUrl().get(),
                                        notify.secret().get());
                                break;
                            } catch (RuntimeException e) {
                                LOG.warnf(
                                        "Could not register the notification webhook of site %s (%s); trying again in %d s",
                                        site, e.toString(), every.toSeconds());
                                sleep(every);
                            }
                        }
                    }
                },
                "notification-subscription");
        thread.setDaemon(true);
        thread.start();
    }

    /** Registers the webhook of {@code site} to {@code url} with {@code secret}, unless one to {@code url} exists. */
    public Outcome ensure(String site, String url, String secret) {
        WebhooksApi webhooks = ApiClients.build(api, WebhooksApi.class, managementTokens());
        boolean there = webhooks.list(site).items().stream()
                .anyMatch(w -> w.url().equals(url)
                        && (w.eventTypes().isEmpty() || w.eventTypes().contains(NotificationsResource.TYPE)));
        if (there) {
            return Outcome.ALREADY_THERE;
        }
        Webhook made =
                webhooks.register(site, new Webhook.Registration(url, List.of(NotificationsResource.TYPE), secret));
        LOG.infof("Site %s sends %s to %s (webhook %d)", site, NotificationsResource.TYPE, url, made.id());
        return Outcome.REGISTERED;
    }

    private TokenSource managementTokens() {
        if (client.effectiveMode() != ClientConfig.Mode.demo) {
            return channelTokens;
        }
        return ApiClients.demoTokens(api, Map.of("username", notify.demoAdmin()), client.renewBefore());
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
