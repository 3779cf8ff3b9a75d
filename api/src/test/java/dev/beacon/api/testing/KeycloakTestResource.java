package dev.beacon.api.testing;

import dev.beacon.testing.keycloak.RealKeycloak;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The real Keycloak of {@link RealKeycloak} (module {@code test-keycloak}), with Quarkus OIDC pointed at realm
 * {@code beacon}: staff and channel tokens in these tests are the real thing.
 */
public class KeycloakTestResource extends RealKeycloak {

    public static final String API_CLIENT_ID = "beacon-api";

    @Override
    protected Map<String, String> configFor(String baseUrl) {
        Map<String, String> config = new LinkedHashMap<>();
        config.put("quarkus.oidc.auth-server-url", baseUrl + "/realms/" + REALM);
        config.put("quarkus.oidc.client-id", API_CLIENT_ID);
        config.put("quarkus.oidc.token.audience", API_CLIENT_ID);
        // Lets application.properties keep `%test.quarkus.oidc.tenant-enabled=false` for tests without Keycloak.
        config.put("quarkus.oidc.tenant-enabled", "true");
        return config;
    }
}
