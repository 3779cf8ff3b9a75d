package dev.beacon.channel.kit.rest;

import dev.beacon.channel.kit.auth.BearerTokenFilter;
import dev.beacon.channel.kit.auth.TokenSource;
import dev.beacon.channel.kit.config.ApiConfig;
import dev.beacon.channel.kit.config.ClientConfig;
import io.quarkus.rest.client.reactive.QuarkusRestClientBuilder;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.net.URI;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.jboss.logging.Logger;

/**
 * Builds the REST clients from {@link ApiConfig} and {@link ClientConfig}: delivery without a token (public,
 * cacheable), people with the channel's bearer token.
 */
@ApplicationScoped
public class ApiClients {

    private static final Logger LOG = Logger.getLogger(ApiClients.class);

    @Produces
    @Singleton
    DeliveryApi delivery(ApiConfig api) {
        return builder(api, api.url()).build(DeliveryApi.class);
    }

    @Produces
    @Singleton
    PeopleApi people(ApiConfig api, TokenSource tokens) {
        return builder(api, api.url()).register(new BearerTokenFilter(tokens)).build(PeopleApi.class);
    }

    @Produces
    @Singleton
    CommunityApi community(ApiConfig api, TokenSource tokens) {
        return builder(api, api.url()).register(new BearerTokenFilter(tokens)).build(CommunityApi.class);
    }

    @Produces
    @Singleton
    ParticipationApi participation(ApiConfig api, TokenSource tokens) {
        return builder(api, api.url()).register(new BearerTokenFilter(tokens)).build(ParticipationApi.class);
    }

    @Produces
    @Singleton
    TokenSource tokens(ApiConfig api, ClientConfig client) {
        if (client.effectiveMode() == ClientConfig.Mode.demo) {
            LOG.warnf(
                    "Channel '%s' takes its tokens from the api's demo issuer at %s: for the demo only. "
                            + "Set BEACON_CLIENT_ID, BEACON_CLIENT_SECRET and BEACON_CLIENT_TOKEN_URL for a real deployment.",
                    client.channel(), api.url());
            DemoTokenApi demo = builder(api, api.url()).build(DemoTokenApi.class);
            return new TokenSource(
                    () -> demo.token(Map.of("client", client.channel())), client.renewBefore(), Clock.systemUTC());
        }
        String id = client.id()
                .orElseThrow(() -> new IllegalStateException("beacon.client.id (BEACON_CLIENT_ID) is not set"));
        String secret = client.secret()
                .orElseThrow(() -> new IllegalStateException("beacon.client.secret (BEACON_CLIENT_SECRET) is not set"));
        String url = client.tokenUrl()
                .orElseThrow(() ->
                        new IllegalStateException("beacon.client.token-url (BEACON_CLIENT_TOKEN_URL) is not set"));
        return clientCredentials(api, url, id, secret, client.renewBefore());
    }

    /** A token source fed by the OAuth2 client-credentials grant at {@code tokenUrl}, outside CDI. */
    public static TokenSource clientCredentials(
            ApiConfig api, String tokenUrl, String id, String secret, java.time.Duration renewBefore) {
        return new TokenSource(
                new ClientCredentials(builder(api, tokenUrl).build(TokenApi.class), id, secret),
                renewBefore,
                Clock.systemUTC());
    }

    /**
     * A REST client of this API acting with {@code tokens} (null: no token), outside CDI: for a process that speaks
     * for several channels at once, such as the conversation test harness.
     */
    public static <T> T build(ApiConfig api, Class<T> type, TokenSource tokens) {
        QuarkusRestClientBuilder builder = builder(api, api.url());
        if (tokens != null) {
            builder.register(new BearerTokenFilter(tokens));
        }
        return builder.build(type);
    }

    /** A token source fed by the api's demo issuer for {@code channel} (loopback, demo only). */
    public static TokenSource demoTokens(ApiConfig api, String channel, java.time.Duration renewBefore) {
        return demoTokens(api, Map.of("client", channel), renewBefore);
    }

    /** A token source fed by the api's demo issuer: {@code {"client": …}} or a demo staff {@code {"username": …}}. */
    public static TokenSource demoTokens(ApiConfig api, Map<String, String> who, java.time.Duration renewBefore) {
        DemoTokenApi demo = builder(api, api.url()).build(DemoTokenApi.class);
        return new TokenSource(() -> demo.token(who), renewBefore, Clock.systemUTC());
    }

    static QuarkusRestClientBuilder builder(ApiConfig api, String url) {
        return QuarkusRestClientBuilder.newBuilder()
                .baseUri(URI.create(url))
                .connectTimeout(api.connectTimeout().toMillis(), TimeUnit.MILLISECONDS)
                .readTimeout(api.readTimeout().toMillis(), TimeUnit.MILLISECONDS);
    }
}
