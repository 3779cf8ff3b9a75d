package dev.beacon.channel.kit.testing;

import dev.beacon.channel.conversation.ChannelProfile;
import dev.beacon.channel.conversation.ChannelProfiles;
import dev.beacon.channel.conversation.ConversationEngine;
import dev.beacon.channel.conversation.PayloadCodec;
import dev.beacon.channel.conversation.Services;
import dev.beacon.channel.kit.BeaconCommunity;
import dev.beacon.channel.kit.BeaconDelivery;
import dev.beacon.channel.kit.BeaconParticipation;
import dev.beacon.channel.kit.BeaconPeople;
import dev.beacon.channel.kit.auth.TokenSource;
import dev.beacon.channel.kit.config.ApiConfig;
import dev.beacon.channel.kit.rest.ApiClients;
import dev.beacon.channel.kit.rest.CommunityApi;
import dev.beacon.channel.kit.rest.DeliveryApi;
import dev.beacon.channel.kit.rest.ParticipationApi;
import dev.beacon.channel.kit.rest.PeopleApi;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;

/**
 * A conversation engine for one channel against the real api ({@link ApiUnderTest}), acting with that channel's own
 * demo token, as that channel's adapter would. Use it from a {@code @QuarkusTest} (the REST clients need Quarkus):
 * {@code ConversationHarness.on("whatsapp").person()} is someone new writing to the demo site's bot.
 */
public final class ConversationHarness {

    /** The payload key of the harness: test-only, never configured anywhere else. */
    public static final byte[] TEST_KEY =
            "conversation-harness-key-not-for-production".getBytes(StandardCharsets.UTF_8);

    private final String channel;
    private final ChannelProfile profile;
    private final ConversationEngine engine;
    private final Services services;

    private ConversationHarness(String channel) {
        this.channel = channel;
        this.profile = ChannelProfiles.of(channel);
        ApiConfig config = config(ApiUnderTest.shared().url());
        TokenSource tokens = ApiClients.demoTokens(config, channel, Duration.ofSeconds(30));
        this.services = new Services(
                new BeaconDelivery(ApiClients.build(config, DeliveryApi.class, null), config),
                new BeaconPeople(ApiClients.build(config, PeopleApi.class, tokens)),
                new BeaconCommunity(ApiClients.build(config, CommunityApi.class, tokens), config),
                new BeaconParticipation(ApiClients.build(config, ParticipationApi.class, tokens), config));
        this.engine = new ConversationEngine(services, new PayloadCodec(TEST_KEY), name -> profile);
    }

    /** {@code channel}: whatsapp, messenger, telegram, sms or ussd. */
    public static ConversationHarness on(String channel) {
        return new ConversationHarness(channel);
    }

    public String channel() {
        return channel;
    }

    public ChannelProfile profile() {
        return profile;
    }

    public ConversationEngine engine() {
        return engine;
    }

    /** The API as this channel's adapter sees it, to check what the conversation left behind. */
    public Services api() {
        return services;
    }

    /** Someone new on this channel, writing to the {@code demo} site. */
    public ChatPerson person() {
        return person("demo");
    }

    public ChatPerson person(String site) {
        return person(site, channel + ":" + UUID.randomUUID().toString().replace("-", ""));
    }

    /** A given identity on a given site: e.g. the same person writing to another site's bot. */
    public ChatPerson person(String site, String identity) {
        return new ChatPerson(this, site, identity);
    }

    private static ApiConfig config(String url) {
        return new ApiConfig() {
            @Override
            public String url() {
                return url;
            }

            @Override
            public Duration connectTimeout() {
                return Duration.ofSeconds(2);
            }

            @Override
            public Duration readTimeout() {
                return Duration.ofSeconds(10);
            }

            @Override
            public int cacheEntries() {
                return 200;
            }
        };
    }
}
