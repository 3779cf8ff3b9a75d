package dev.beacon.channel.kit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.beacon.channel.kit.auth.TokenSource;
import dev.beacon.channel.kit.rest.ClientCredentials;
import dev.beacon.channel.kit.rest.TokenApi;
import dev.beacon.channel.kit.testing.KeycloakTestResource;
import io.quarkus.rest.client.reactive.QuarkusRestClientBuilder;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import jakarta.ws.rs.WebApplicationException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The kit's client-credentials mode against a real Keycloak (realm {@code beacon} from {@code dev/keycloak}), as a
 * deployed channel uses it: the {@link TokenSource} that {@code ApiClients} builds from {@code beacon.client.*}
 * obtains a token for the {@code web} service account carrying the realm role {@code channel}, and a wrong secret
 * is refused by Keycloak.
 */
@QuarkusTest
@TestProfile(KeycloakClientCredentialsTest.Profile.class)
class KeycloakClientCredentialsTest {

    public static class Profile implements QuarkusTestProfile {
        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(KeycloakTestResource.class));
        }

        /** Not the contract tests' global ApiTestResource: this test needs Keycloak, not the api. */
        @Override
        public boolean disableGlobalTestResources() {
            return true;
        }
    }

    @Inject
    TokenSource tokens;

    @Test
    void theConfiguredTokenSourceGetsAChannelTokenFromKeycloakAndReusesIt() throws Exception {
        String token = tokens.token();

        JsonNode claims = claims(token);
        assertEquals(
                KeycloakTestResource.realmUrl(KeycloakTestResource.REALM),
                claims.path("iss").asText());
        assertEquals(KeycloakTestResource.CHANNEL_CLIENT_ID, claims.path("azp").asText());
        List<String> roles = new ArrayList<>();
        claims.path("realm_access").path("roles").forEach(r -> roles.add(r.asText()));
        assertTrue(roles.contains("channel"), "realm roles " + roles);
        assertTrue(claims.path("exp").asLong() > claims.path("iat").asLong());

        assertEquals(token, tokens.token(), "a token is reused until shortly before it expires");
    }

    @Test
    void aWrongSecretIsRefusedByKeycloak() {
        TokenApi endpoint = QuarkusRestClientBuilder.newBuilder()
                .baseUri(URI.create(KeycloakTestResource.tokenUrl()))
                .build(TokenApi.class);
        TokenSource wrong = new TokenSource(
                new ClientCredentials(endpoint, KeycloakTestResource.CHANNEL_CLIENT_ID, "not-the-secret"),
                Duration.ofSeconds(30),
                Clock.systemUTC());

        WebApplicationException refused = assertThrows(WebApplicationException.class, wrong::token);
        assertEquals(401, refused.getResponse().getStatus());
    }

    private static JsonNode claims(String jwt) throws Exception {
        String[] parts = jwt.split("\\.");
        assertEquals(3, parts.length, "a signed JWT");
        return new ObjectMapper().readTree(new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8));
    }
}
