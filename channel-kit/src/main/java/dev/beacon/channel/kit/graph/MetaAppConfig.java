package dev.beacon.channel.kit.graph;

import dev.beacon.channel.kit.webhook.HubSignature;
import io.smallrye.config.WithDefault;
import java.util.Optional;

/** What every Meta chat adapter is configured with: part of its {@code @ConfigMapping} ({@code BEACON_<APP>_*}). */
public interface MetaAppConfig {

    /** The Meta app's App Secret: every webhook POST must be signed with it. */
    Optional<String> appSecret();

    /** The token Meta echoes in the webhook verification handshake. */
    Optional<String> verifyToken();

    /** Base URL of the Graph API (the local double in tests and the demo). */
    @WithDefault("https://graph.facebook.com")
    String graphUrl();

    @WithDefault("v23.0")
    String graphVersion();

    /** Serves the chat simulator; refused at start-up unless the Graph URL is a loopback address (the double). */
    @WithDefault("false")
    boolean demo();

    /** {@code env}: the settings' prefix, e.g. {@code BEACON_WHATSAPP}, for the messages. */
    static HubSignature signature(MetaAppConfig config, String env) {
        return new HubSignature(config.appSecret()
                .filter(s -> !s.isBlank())
                .orElseThrow(() -> new IllegalStateException(
                        env + "_APP_SECRET is not set: webhooks cannot be authenticated without it")));
    }

    /** Refuses a demo next to Meta's Graph API, and says when there is no verify token. */
    static void check(MetaAppConfig config, String env, org.jboss.logging.Logger log) {
        if (config.verifyToken().filter(t -> !t.isBlank()).isEmpty()) {
            log.warn(env + "_VERIFY_TOKEN is not set: Meta's webhook verification will be refused");
        }
        if (config.demo() && !LocalGraph.is(config.graphUrl())) {
            throw new IllegalStateException(env + "_DEMO=true needs " + env + "_GRAPH_URL on a loopback"
                    + " address (the Graph API double): the chat simulator is never served next to Meta's Graph API");
        }
    }
}
