package dev.beacon.api.shared.security;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A token issuer for the demo only, so that the one-command demo has working staff sign-in with nothing
 * installed. Its key pair lives in memory and dies with the process; its users mirror those of the dev
 * Keycloak realm ({@code dev/keycloak/beacon-realm.json}). {@link StaffAuthConfigSourceFactory} decides
 * whether it may run at all.
 */
public final class DemoIssuer {

    public static final String ISSUER = "urn:beacon:demo-issuer";
    public static final String AUDIENCE = "beacon-api";
    static final Duration LIFETIME = Duration.ofHours(8);

    /** Demo staff: name → (realm roles, site groups). */
    public static final Map<String, List<List<String>>> USERS = Map.of(
            "ada", List.of(List.of("platform-admin"), List.of()),
            "sam", List.of(List.of(), List.of("/sites/demo/admin")),
            "eddie", List.of(List.of(), List.of("/sites/demo/editor")),
            "mo", List.of(List.of(), List.of("/sites/demo/moderator")),
            "kim", List.of(List.of(), List.of("/sites/kenya/editor")));

    /** Demo channel adapters: service accounts with the channel role, one per channel. */
    public static final List<String> CLIENTS = List.of("web", "messenger", "whatsapp", "telegram", "sms", "ussd");

    private static volatile KeyPair keys;

    private DemoIssuer() {}

    static synchronized KeyPair keys() {
        if (keys == null) {
            try {
                KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
                generator.initialize(2048);
                keys = generator.generateKeyPair();
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException(e);
            }
        }
        return keys;
    }

    /** The public key as Quarkus OIDC reads it ({@code quarkus.oidc.public-key}). */
    static String publicKey() {
        return Base64.getEncoder().encodeToString(keys().getPublic().getEncoded());
    }

    /** Whether this process runs the demo issuer (decided once, when configuration is built). */
    public static boolean active() {
        return keys != null;
    }

    /** A signed RS256 access token for a demo staff member. */
    public static String token(String user, Instant now) {
        List<List<String>> rights = USERS.get(user);
        if (rights == null) {
            throw new IllegalArgumentException("No demo user " + user);
        }
        return sign(user, "beacon-cli", rights.get(0), rights.get(1), now);
    }

    /** A signed RS256 access token for a demo channel adapter, as Keycloak issues for client credentials. */
    public static String clientToken(String client, Instant now) {
        if (!CLIENTS.contains(client)) {
            throw new IllegalArgumentException("No demo client " + client);
        }
        return sign("service-account-" + client, client, List.of(SiteRole.CHANNEL), List.of(), now);
    }

    private static String sign(String user, String client, List<String> roles, List<String> groups, Instant now) {
        String claims = "{"
                + String.join(
                        ",",
                        str("iss", ISSUER),
                        str("aud", AUDIENCE),
                        str("sub", "demo-" + user),
                        str("preferred_username", user),
                        str("azp", client),
                        "\"iat\":" + now.getEpochSecond(),
                        "\"exp\":" + now.plus(LIFETIME).getEpochSecond(),
                        "\"realm_access\":{\"roles\":" + array(roles) + "}",
                        "\"groups\":" + array(groups))
                + "}";
        String signingInput = base64("{\"alg\":\"RS256\",\"typ\":\"JWT\"}") + "." + base64(claims);
        try {
            Signature rsa = Signature.getInstance("SHA256withRSA");
            rsa.initSign(keys().getPrivate());
            rsa.update(signingInput.getBytes(StandardCharsets.US_ASCII));
            return signingInput + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(rsa.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String str(String name, String value) {
        return "\"" + name + "\":\"" + value + "\"";
    }

    private static String array(List<String> values) {
        return values.stream().map(v -> "\"" + v + "\"").collect(Collectors.joining(",", "[", "]"));
    }

    private static String base64(String json) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }
}
