package dev.beacon.channel.conversation;

import dev.beacon.channel.kit.BeaconCommunity;
import dev.beacon.channel.kit.BeaconDelivery;
import dev.beacon.channel.kit.BeaconParticipation;
import dev.beacon.channel.kit.BeaconPeople;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The engine under CDI, for Quarkus adapters: the façades, the payload key from config, the channel profiles. */
@ApplicationScoped
public class ConversationProducer {

    @Produces
    @Singleton
    ConversationEngine engine(
            ConversationConfig config,
            BeaconDelivery delivery,
            BeaconPeople people,
            BeaconCommunity community,
            BeaconParticipation participation) {
        return new ConversationEngine(
                new Services(delivery, people, community, participation), codec(config), profiles());
    }

    static PayloadCodec codec(ConversationConfig config) {
        String key = config.payloadKey()
                .orElseThrow(() -> new IllegalStateException(
                        "beacon.conversation.payload-key (BEACON_CONVERSATION_PAYLOAD_KEY) is not set: "
                                + "at least 32 bytes of secret, shared by every replica of the bot"));
        return new PayloadCodec(key(key));
    }

    /** {@code base64:<key>} or the text itself (UTF-8). */
    public static byte[] key(String configured) {
        return configured.startsWith("base64:")
                ? Base64.getDecoder().decode(configured.substring("base64:".length()))
                : configured.getBytes(StandardCharsets.UTF_8);
    }

    /** Profiles by channel name, built once each. */
    public static java.util.function.Function<String, ChannelProfile> profiles() {
        Map<String, ChannelProfile> built = new ConcurrentHashMap<>();
        return name -> built.computeIfAbsent(name, ChannelProfiles::of);
    }
}
