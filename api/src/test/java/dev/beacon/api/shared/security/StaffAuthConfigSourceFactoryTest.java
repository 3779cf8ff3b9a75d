package dev.beacon.api.shared.security;

import static dev.beacon.api.shared.security.StaffAuthConfigSourceFactory.Mode.CLOSED;
import static dev.beacon.api.shared.security.StaffAuthConfigSourceFactory.Mode.DEMO_ISSUER;
import static dev.beacon.api.shared.security.StaffAuthConfigSourceFactory.Mode.OIDC_SERVER;
import static dev.beacon.api.shared.security.StaffAuthConfigSourceFactory.mode;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.time.Instant;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class StaffAuthConfigSourceFactoryTest {

    @Test
    void aConfiguredOidcServerAlwaysWins() {
        assertEquals(OIDC_SERVER, mode(true, true, false));
        assertEquals(OIDC_SERVER, mode(true, false, true));
    }

    @Test
    void theDemoIssuerNeedsBothTheDemoFlagAndTheEmbeddedDatabase() {
        assertEquals(DEMO_ISSUER, mode(false, true, false));
        // A deployment that names its database is never a demo, whatever its flags say.
        assertEquals(CLOSED, mode(false, true, true));
        assertEquals(CLOSED, mode(false, false, false));
        assertEquals(CLOSED, mode(false, false, true));
    }

    @Test
    void demoTokensAreSignedWithTheAdvertisedKeyAndCarryTheUsersRights() throws Exception {
        String token = DemoIssuer.token("eddie", Instant.parse("2030-01-01T00:00:00Z"));
        String[] parts = token.split("\\.");
        PublicKey key = KeyFactory.getInstance("RSA")
                .generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(DemoIssuer.publicKey())));
        Signature rsa = Signature.getInstance("SHA256withRSA");
        rsa.initVerify(key);
        rsa.update((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));
        assertTrue(rsa.verify(Base64.getUrlDecoder().decode(parts[2])));
        String claims = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8);
        assertTrue(claims.contains("\"groups\":[\"/sites/demo/editor\"]"), claims);
        assertTrue(claims.contains("\"aud\":\"beacon-api\""), claims);
        assertTrue(
                claims.contains(
                        "\"exp\":" + Instant.parse("2030-01-01T08:00:00Z").getEpochSecond()),
                claims);
    }

    @Test
    void demoChannelTokensCarryTheChannelRoleAndTheirClient() {
        String token = DemoIssuer.clientToken("whatsapp", Instant.parse("2030-01-01T00:00:00Z"));
        String claims = new String(Base64.getUrlDecoder().decode(token.split("\\.")[1]), StandardCharsets.UTF_8);
        assertTrue(claims.contains("\"azp\":\"whatsapp\""), claims);
        assertTrue(claims.contains("\"roles\":[\"channel\"]"), claims);
    }
}
