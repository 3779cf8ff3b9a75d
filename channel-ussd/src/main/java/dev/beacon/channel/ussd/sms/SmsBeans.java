package dev.beacon.channel.ussd.sms;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.beacon.channel.conversation.ConversationConfig;
import dev.beacon.channel.conversation.ConversationEngine;
import dev.beacon.channel.conversation.ConversationProducer;
import dev.beacon.channel.conversation.PayloadCodec;
import dev.beacon.channel.conversation.Services;
import dev.beacon.channel.kit.BeaconCommunity;
import dev.beacon.channel.kit.BeaconDelivery;
import dev.beacon.channel.kit.BeaconParticipation;
import dev.beacon.channel.kit.BeaconPeople;
import dev.beacon.channel.kit.auth.TokenSource;
import dev.beacon.channel.kit.chat.ChatStore;
import dev.beacon.channel.kit.chat.LastScreens;
import dev.beacon.channel.kit.chat.PayloadKeys;
import dev.beacon.channel.kit.config.ApiConfig;
import dev.beacon.channel.kit.config.ClientConfig;
import dev.beacon.channel.kit.rest.ApiClients;
import dev.beacon.channel.kit.rest.CommunityApi;
import dev.beacon.channel.kit.rest.ParticipationApi;
import dev.beacon.channel.kit.rest.PeopleApi;
import dev.beacon.channel.ussd.config.ServiceCodes;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * SMS is on when {@code BEACON_SMS_API_KEY} is set. The api names an SMS person ({@code sms:<digits>}) only for client
 * {@code sms}, so SMS has its own token (its own service account, or the demo issuer in the demo), its own façades
 * ({@link SmsFacades}: channel-kit's, with their fault tolerance) and its own engine over the same delivery client and
 * payload key.
 */
@ApplicationScoped
public class SmsBeans {

    private static final Logger LOG = Logger.getLogger(SmsBeans.class);

    @Produces
    @Singleton
    SmsGateway gateway(SmsConfig config, ObjectMapper json, SmsApiCalls calls) {
        return new SmsGateway(config, json, calls);
    }

    @Produces
    @Singleton
    Optional<Sms> sms(
            SmsConfig sms,
            SmsGateway gateway,
            ConversationConfig conversation,
            BeaconDelivery delivery,
            @SmsChannel Instance<BeaconPeople> smsPeople,
            @SmsChannel Instance<BeaconCommunity> community,
            @SmsChannel Instance<BeaconParticipation> participation,
            LastScreens screens,
            ChatStore store) {
        if (!gateway.configured()) {
            LOG.info("SMS is off (BEACON_SMS_API_KEY is not set)");
            return Optional.empty();
        }
        BeaconPeople people = smsPeople.get();
        Services services = new Services(delivery, people, community.get(), participation.get());
        PayloadCodec codec = PayloadKeys.codec(conversation);
        ConversationEngine engine = new ConversationEngine(services, codec, ConversationProducer.profiles());
        LOG.infof("SMS is on: %s as %s, shortcodes %s", sms.apiUrl(), sms.username(), sms.sites());
        return Optional.of(new Sms(
                new SmsConversation(engine, screens, delivery),
                gateway,
                ServiceCodes.parse(sms.sites()),
                new ArticleBySms(delivery, gateway, store, sms.articlesPerDay(), Clock.systemUTC()),
                people));
    }

    /** The {@code sms} service account's token: only built (and checked) when an SMS façade is first used. */
    @Produces
    @Singleton
    @SmsChannel
    TokenSource smsTokens(SmsConfig sms, ApiConfig api, ClientConfig client) {
        return tokens(sms, api, client);
    }

    @Produces
    @Singleton
    @SmsChannel
    PeopleApi peopleApi(ApiConfig api, @SmsChannel TokenSource tokens) {
        return ApiClients.build(api, PeopleApi.class, tokens);
    }

    @Produces
    @Singleton
    @SmsChannel
    CommunityApi communityApi(ApiConfig api, @SmsChannel TokenSource tokens) {
        return ApiClients.build(api, CommunityApi.class, tokens);
    }

    @Produces
    @Singleton
    @SmsChannel
    ParticipationApi participationApi(ApiConfig api, @SmsChannel TokenSource tokens) {
        return ApiClients.build(api, ParticipationApi.class, tokens);
    }

    private static TokenSource tokens(SmsConfig sms, ApiConfig api, ClientConfig client) {
        if (sms.clientId().isPresent()) {
            return ApiClients.clientCredentials(
                    api,
                    client.tokenUrl()
                            .orElseThrow(() -> new IllegalStateException("BEACON_CLIENT_TOKEN_URL is not set")),
                    sms.clientId().get(),
                    sms.clientSecret()
                            .orElseThrow(() -> new IllegalStateException("BEACON_SMS_CLIENT_SECRET is not set")),
                    client.renewBefore());
        }
        if (client.effectiveMode() == ClientConfig.Mode.demo) {
            return ApiClients.demoTokens(api, SmsConversation.CHANNEL, client.renewBefore());
        }
        throw new IllegalStateException(
                "SMS needs its own service account for client 'sms': set BEACON_SMS_CLIENT_ID and"
                        + " BEACON_SMS_CLIENT_SECRET (or unset BEACON_SMS_API_KEY to turn SMS off)");
    }

    /** What the SMS side is made of, when it is on. */
    public record Sms(
            SmsConversation conversation,
            SmsGateway gateway,
            ServiceCodes shortcodes,
            ArticleBySms articles,
            BeaconPeople people) {}
}
