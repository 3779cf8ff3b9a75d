package dev.beacon.channel.kit.testing;

import dev.beacon.testing.keycloak.RealKeycloak;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The real Keycloak of {@link RealKeycloak} (module {@code test-keycloak}, which depends on no Beacon code, so
 * the channels' rule of never depending on {@code api} holds), with the kit's client-credentials mode set to the
 * {@code web} channel's service account in realm {@code beacon}.
 */
public class KeycloakTestResource extends RealKeycloak {

    /** The web channel's service account in realm {@code beacon} (realm role {@code channel}); a dev-only secret. */
    public static final String CHANNEL_CLIENT_ID = "web";

    public static final String CHANNEL_CLIENT_SECRET = "web-dev-secret";

    @Override
    protected Map<String, String> configFor(String baseUrl) {
        Map<String, String> config = new LinkedHashMap<>();
        config.put("beacon.client.mode", "client_credentials");
        config.put("beacon.client.id", CHANNEL_CLIENT_ID);
        config.put("beacon.client.secret", CHANNEL_CLIENT_SECRET);
        config.put("beacon.client.token-url", baseUrl + "/realms/" + REALM + "/protocol/openid-connect/token");
        return config;
    }

    /** The realm's OIDC token endpoint, e.g. {@code http://127.0.0.1:41234/realms/beacon/protocol/openid-connect/token}. */
    public static String tokenUrl() {
        return realmUrl(REALM) + "/protocol/openid-connect/token";
    }
}
