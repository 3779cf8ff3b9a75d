package dev.beacon.channel.messenger.config;

import dev.beacon.channel.kit.graph.GraphSendConfig;
import dev.beacon.channel.kit.graph.MetaAppConfig;
import io.smallrye.config.ConfigMapping;
import java.util.Optional;

/** The Messenger adapter's settings (env {@code BEACON_MESSENGER_*}); secrets come from the environment only. */
@ConfigMapping(prefix = "beacon.messenger")
public interface MessengerConfig extends MetaAppConfig {

    /** {@code <page id>=<site>:<page access token>}, comma-separated. */
    Optional<String> pages();

    /** Bearer token for {@code POST /manage/pages/{page}/setup}; without it that endpoint answers 404. */
    Optional<String> manageToken();

    Send send();

    /** Attempts, backoff and timeout of Send API calls (channel-kit's, shared with WhatsApp). */
    interface Send extends GraphSendConfig {}
}
