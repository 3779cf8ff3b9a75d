package dev.beacon.channel.kit.notify;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Optional;

/** Notifications pushed by the api's webhooks (env {@code BEACON_NOTIFY_*}). */
@ConfigMapping(prefix = "beacon.notify")
public interface NotifyConfig {

    /** The webhook's {@code whsec_} secret, the same as registered in the api; without it nothing is pushed here. */
    Optional<String> secret();

    /** How far a delivery's {@code webhook-timestamp} may be from now (older signed deliveries are replays). */
    @WithDefault("5M")
    Duration tolerance();

    /**
     * The URL at which the api reaches this adapter's {@code /notifications}; when set, the adapter registers the
     * webhook for each of its sites at start-up unless one to this URL exists.
     */
    Optional<String> subscribeUrl();

    /** With the api's demo issuer: the demo staff member who registers the webhook (ada: a platform admin). */
    @WithDefault("ada")
    String demoAdmin();
}
