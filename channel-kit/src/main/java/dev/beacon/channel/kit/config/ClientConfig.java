package dev.beacon.channel.kit.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.Optional;

/** Who this channel is to the API: a service account (client credentials), or the demo issuer's client. */
@ConfigMapping(prefix = "beacon.client")
public interface ClientConfig {

    enum Mode {
        /** client-credentials when an id is configured, otherwise demo. */
        auto,
        /** OAuth2 client_credentials against {@link #tokenUrl()}. */
        client_credentials,
        /** The api's demo issuer ({@code POST /api/v1/demo/token}), which answers loopback callers only. */
        demo
    }

    @WithDefault("auto")
    Mode mode();

    /** The channel this client speaks for: {@code web}, {@code messenger}, {@code whatsapp}. */
    String channel();

    Optional<String> id();

    Optional<String> secret();

    /** OIDC token endpoint, e.g. {@code https://sso.example.org/realms/beacon/protocol/openid-connect/token}. */
    Optional<String> tokenUrl();

    /** Renew a token this long before it expires. */
    @WithDefault("30S")
    java.time.Duration renewBefore();

    default Mode effectiveMode() {
        if (mode() != Mode.auto) {
            return mode();
        }
        return id().isPresent() ? Mode.client_credentials : Mode.demo;
    }
}
