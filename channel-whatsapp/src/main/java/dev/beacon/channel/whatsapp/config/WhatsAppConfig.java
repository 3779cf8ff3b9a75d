package dev.beacon.channel.whatsapp.config;

import dev.beacon.channel.kit.graph.GraphSendConfig;
import dev.beacon.channel.kit.graph.MetaAppConfig;
import io.smallrye.config.ConfigMapping;
import java.util.Optional;

/** The WhatsApp adapter's settings (env {@code BEACON_WHATSAPP_*}); secrets come from the environment only. */
@ConfigMapping(prefix = "beacon.whatsapp")
public interface WhatsAppConfig extends MetaAppConfig {

    /** {@code <phone number id>=<site>:<access token>}, comma-separated. */
    Optional<String> numbers();

    /** The hook secret of a BSP (Turn.io) forwarding to {@code /webhook/bsp/<phone number id>}. */
    Optional<String> bspSecret();

    /** Attempts, backoff and timeout of Cloud API calls (channel-kit's, shared with Messenger). */
    Send send();

    interface Send extends GraphSendConfig {}
}
