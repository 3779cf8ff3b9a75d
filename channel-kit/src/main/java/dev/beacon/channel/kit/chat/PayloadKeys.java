package dev.beacon.channel.kit.chat;

import dev.beacon.channel.conversation.ConversationConfig;
import dev.beacon.channel.conversation.ConversationProducer;
import dev.beacon.channel.conversation.PayloadCodec;

/** The engine's payload codec for an adapter that signs payloads of its own (menus, links): the same key. */
public final class PayloadKeys {

    private PayloadKeys() {}

    public static PayloadCodec codec(ConversationConfig config) {
        return new PayloadCodec(
                ConversationProducer.key(
                        config.payloadKey()
                                .orElseThrow(
                                        () -> new IllegalStateException(
                                                "BEACON_CONVERSATION_PAYLOAD_KEY is not set: at least 32 bytes of secret, shared by every replica"))));
    }
}
