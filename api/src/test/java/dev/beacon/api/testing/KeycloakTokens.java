package dev.beacon.api.testing;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Gets real access tokens from the Keycloak started by {@link KeycloakTestResource} (the realm files in
 * {@code dev/keycloak}). Every method returns the raw access token (a JWT string) for an
 * {@code Authorization: Bearer …} header.
 *
 * <p>Users ({@code <user>-pass} passwords): {@code ada} platform-admin; {@code sam} admin, {@code eddie}
 * editor, {@code mo} moderator of site {@code demo}; {@code kim} editor of {@code kenya}.
 * Channel clients: {@code messenger}, {@code whatsapp}, {@code web}; the event feed reader {@code events} (secret
 * {@code <client>-dev-secret}).
 */
public final class KeycloakTokens {

    public static final String CLI_CLIENT = "beacon-cli";
    public static final String SHORT_CLIENT = "beacon-short";
    public static final String SHORT_CLIENT_SECRET = "beacon-short-dev-secret";
    public static final String OTHER_REALM_CLIENT = "other-cli";
    public static final String OTHER_REALM_USER = "olive";

    private static final Pattern ACCESS_TOKEN = Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"");
    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private KeycloakTokens() {}

    /** Password grant for {@code user} (password {@code user + "-pass"}) via the public client {@code beacon-cli}. */
    public static String passwordToken(String user) {
        return passwordToken(user, user + "-pass");
    }

    /** Password grant via {@code beacon-cli} with an explicit password. */
    public static String passwordToken(String user, String password) {
        return token(
                KeycloakTestResource.REALM,
                form("grant_type", "password", "client_id", CLI_CLIENT, "username", user, "password", password));
    }

    /** Password grant via the confidential client {@code beacon-short}: the access token expires after 3 s. */
    public static String shortLivedToken(String user) {
        return token(
                KeycloakTestResource.REALM,
                form(
                        "grant_type",
                        "password",
                        "client_id",
                        SHORT_CLIENT,
                        "client_secret",
                        SHORT_CLIENT_SECRET,
                        "username",
                        user,
                        "password",
                        user + "-pass"));
    }

    /** Client-credentials grant for a service-account client ({@code messenger}, {@code whatsapp}, {@code web}). */
    public static String clientToken(String clientId) {
        return token(
                KeycloakTestResource.REALM,
                form(
                        "grant_type",
                        "client_credentials",
                        "client_id",
                        clientId,
                        "client_secret",
                        clientId + "-dev-secret"));
    }

    /**
     * A token of user {@code olive} from realm {@code other}: same Keycloak, audience {@code beacon-api}, even a
     * {@code /sites/demo/admin} group, but another issuer and signing key, so Beacon must reject it.
     */
    public static String otherRealmToken() {
        return token(
                KeycloakTestResource.OTHER_REALM,
                form(
                        "grant_type",
                        "password",
                        "client_id",
                        OTHER_REALM_CLIENT,
                        "username",
                        OTHER_REALM_USER,
                        "password",
                        OTHER_REALM_USER + "-pass"));
    }

    /** The decoded JSON payload (claims) of a JWT, for assertions in tests; the signature is not checked. */
    public static String claimsJson(String jwt) {
        String[] parts = jwt.split("\\.");
        if (parts.length < 2) {
            throw new IllegalArgumentException("Not a JWT: " + jwt);
        }
        return new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8);
    }

    /** Token endpoint of a realm on the running Keycloak. */
    public static String tokenEndpoint(String realm) {
        return KeycloakTestResource.realmUrl(realm) + "/protocol/openid-connect/token";
    }

    private static String token(String realm, Map<String, String> form) {
        String endpoint = tokenEndpoint(realm);
        HttpRequest request = HttpRequest.newBuilder(URI.create(endpoint))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(encode(form)))
                .build();
        HttpResponse<String> response;
        try {
            response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException("Token request to " + endpoint + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while requesting a token from " + endpoint, e);
        }
        Matcher m = ACCESS_TOKEN.matcher(response.body());
        if (response.statusCode() != 200 || !m.find()) {
            throw new IllegalStateException("Token request to " + endpoint + " for client " + form.get("client_id")
                    + (form.containsKey("username") ? " / user " + form.get("username") : "")
                    + " answered " + response.statusCode() + ": " + response.body());
        }
        return m.group(1);
    }

    private static Map<String, String> form(String... keyValues) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            map.put(keyValues[i], keyValues[i + 1]);
        }
        return map;
    }

    private static String encode(Map<String, String> form) {
        return form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }
}
