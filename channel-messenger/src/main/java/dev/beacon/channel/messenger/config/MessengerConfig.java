package dev.beacon.channel.messenger.config;

import dev.beacon.channel.kit.graph.GraphSendConfig;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.Optional;

/** The Messenger adapter's settings (env {@code BEACON_MESSENGER_*}); secrets come from the environment only. */
@ConfigMapping(prefix = "beacon.messenger")
public interface MessengerConfig {

    /** The Meta app's App Secret: every webhook POST must be signed with it. */
    Optional<String> appSecret();

    /** The token Meta echoes in the webhook verification handshake. */
    Optional<String> verifyToken();

    /** Base URL of the Graph API (the local double in tests and the demo). */
    @WithDefault("https://graph.facebook.com")
    String graphUrl();

    @WithDefault("v23.0")
    String graphVersion();

    /** {@code <page id>=<site>:<page access token>}, comma-separated. */
    Optional<String> pages();

    /** Serves the chat simulator; refused at start-up unless the Graph URL is a loopback address (the double). */
    @WithDefault("false")
    boolean demo();

    /** Bearer token for {@code POST /manage/pages/{page}/setup}; without it that endpoint answers 404. */
    Optional<String> manageToken();

    Send send();

    /** Attempts, backoff and timeout of Send API calls (channel-kit's, shared with WhatsApp). */
    interface Send extends GraphSendConfig {}
}
