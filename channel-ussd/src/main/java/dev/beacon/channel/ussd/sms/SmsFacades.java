package dev.beacon.channel.ussd.sms;

import dev.beacon.channel.kit.BeaconCommunity;
import dev.beacon.channel.kit.BeaconParticipation;
import dev.beacon.channel.kit.BeaconPeople;
import dev.beacon.channel.kit.config.ApiConfig;
import dev.beacon.channel.kit.rest.CommunityApi;
import dev.beacon.channel.kit.rest.ParticipationApi;
import dev.beacon.channel.kit.rest.PeopleApi;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

/**
 * channel-kit's api façades for the {@code sms} channel: the same classes, so the same MicroProfile Fault Tolerance
 * (timeouts, retries of idempotent calls with backoff and jitter, a circuit breaker), over REST clients that carry the
 * {@code sms} service account's token. CDI beans (qualified {@link SmsChannel}), so the interceptors apply, which a
 * façade built with {@code new} would not get; singletons (no client proxy, which would need a no-argument
 * constructor), looked up only when SMS is on.
 */
public final class SmsFacades {

    private SmsFacades() {}

    @Singleton
    @SmsChannel
    public static class People extends BeaconPeople {
        @Inject
        public People(@SmsChannel PeopleApi api) {
            super(api);
        }
    }

    @Singleton
    @SmsChannel
    public static class Community extends BeaconCommunity {
        @Inject
        public Community(@SmsChannel CommunityApi api, ApiConfig config) {
            super(api, config);
        }
    }

    @Singleton
    @SmsChannel
    public static class Participation extends BeaconParticipation {
        @Inject
        public Participation(@SmsChannel ParticipationApi api, ApiConfig config) {
            super(api, config);
        }
    }
}
