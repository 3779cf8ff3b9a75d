package dev.beacon.channel.conversation;

import io.smallrye.config.ConfigMapping;
import java.util.Optional;

/** The conversation engine's settings (only chat adapters set them; other users of channel-kit never build it). */
@ConfigMapping(prefix = "beacon.conversation")
public interface ConversationConfig {

    /**
     * The secret that signs button payloads and context tokens (HMAC-SHA256): at least 32 bytes, given as text or as
     * {@code base64:<key>}; every replica of a bot must share it. From the environment only
     * ({@code BEACON_CONVERSATION_PAYLOAD_KEY}). Changing it makes every button already sent out of date.
     */
    Optional<String> payloadKey();
}
