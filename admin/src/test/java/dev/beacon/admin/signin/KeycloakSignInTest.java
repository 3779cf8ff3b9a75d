package dev.beacon.admin.signin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.beacon.admin.support.KeycloakPerson;
import dev.beacon.admin.support.KeycloakPerson.Hop;
import dev.beacon.admin.support.KeycloakSignInProfile;
import dev.beacon.testing.keycloak.RealKeycloak;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/**
 * Real Keycloak sign-in: the authorization-code flow with PKCE through Keycloak's own login form, the admin calling
 * an api that trusts the same realm with the person's own token, refresh when it expires, and a sign-out that ends
 * the Keycloak session too.
 */
@QuarkusTest
@TestProfile(KeycloakSignInProfile.class)
class KeycloakSignInTest {

    @TestHTTPResource("/")
    URI admin;

    @Test
    void anEditorSignsInThroughKeycloaksFormWorksWithTheirOwnTokenAndSignOutEndsTheKeycloakSession() {
        KeycloakPerson eddie = new KeycloakPerson(admin);
        String realm = RealKeycloak.realmUrl(RealKeycloak.REALM);

        Hop login = eddie.go("/sites/demo/content");
        assertEquals(200, login.status(), login.body());
        URI authorize = login.uri();
        assertTrue(authorize.toString().startsWith(realm + "/protocol/openid-connect/auth?"), authorize.toString());
        String query = authorize.getRawQuery();
        assertTrue(query.contains("client_id=beacon-admin"), query);
        assertTrue(query.contains("code_challenge_method=S256") && query.contains("code_challenge="), query);
        assertEquals(1, login.page().select("form#kc-form-login").size());

        Hop wrong = eddie.logIn(login, "eddie", "not-the-password");
        assertEquals(200, wrong.status());
        assertTrue(wrong.uri().toString().startsWith(realm), "still at Keycloak: " + wrong.uri());
        assertTrue(eddie.cookiesOf(admin).keySet().stream().noneMatch(n -> n.startsWith("q_session")));

        Hop in = eddie.logIn(wrong, "eddie", "eddie-pass");
        assertEquals(200, in.status(), in.body());
        assertEquals("/sites/demo/content", in.uri().getPath(), "back where the person was going");
        assertTrue(eddie.hops().stream().anyMatch(h -> h.uri().getPath().equals("/sign-in/callback")));
        Document content = in.page();
        assertEquals("eddie", content.select("header .who span").text());
        assertTrue(content.select("table.content").text().contains("What consent means"));
        // Only the sites eddie's token has rights on: the api's answer to his own token.
        assertEquals(List.of("demo"), content.select("#site-switch option").eachAttr("value"));
        assertEquals(404, eddie.go("/sites/kenya/content").status());
        // The session is in cookies, encrypted: no part of any of them decodes to the token's claims.
        for (String value : eddie.cookiesOf(admin).values()) {
            for (String part : value.split("[.|]")) {
                String decoded = decoded(part);
                assertFalse(decoded.contains("eddie") || decoded.contains("sites/demo"), "readable: " + decoded);
            }
        }

        // What eddie writes is written by eddie: the api names the author of the revision from his token.
        Hop form = eddie.go("/sites/demo/content/new");
        Hop created = eddie.submit(
                form,
                "/sites/demo/content/new",
                Map.of("type", "article", "locale", "en", "title", "Signed in by Keycloak " + System.nanoTime()));
        assertEquals(200, created.status(), created.body());
        String editor = created.uri().getPath();
        assertTrue(editor.matches("/sites/demo/content/\\d+/en"), editor);
        Hop revisions = eddie.go(editor + "/revisions");
        assertEquals("eddie", revisions.page().select("#rev-1 td").get(1).text());

        // Keycloak's session is what signs a new admin session in without the form (single sign-on)…
        eddie.forgetAdminSession();
        Hop again = eddie.go("/sites/demo/content");
        assertEquals("/sites/demo/content", again.uri().getPath(), "single sign-on through Keycloak's session");

        // …and signing out ends it: the next visit meets Keycloak's login form again.
        Hop out = eddie.submit(again, "/sign-out", Map.of());
        assertEquals(200, out.status(), out.body());
        assertEquals("/signed-out", out.uri().getPath());
        assertTrue(
                eddie.hops().stream()
                        .anyMatch(h -> h.uri().toString().startsWith(realm + "/protocol/openid-connect/logout")),
                "through Keycloak's end-session endpoint: " + eddie.hops());
        Hop after = eddie.go("/sites/demo/content");
        assertTrue(after.uri().toString().startsWith(realm), "at Keycloak, not signed in: " + after.uri());
        assertEquals(1, after.page().select("form#kc-form-login").size(), "the login form again");
    }

    @Test
    void anExpiredAccessTokenIsRefreshedAndTheApiStillAnswers() throws InterruptedException {
        KeycloakPerson kim = new KeycloakPerson(admin);
        Hop in = kim.logIn(kim.go("/sites/kenya/content"), "kim", "kim-pass");
        assertEquals("/sites/kenya/content", in.uri().getPath(), in.body());
        Map<String, String> before = Map.copyOf(kim.cookiesOf(admin));

        // beacon-admin's access tokens live 30 s in the dev realm; wait until the first has expired.
        Thread.sleep(32_000);
        Hop later = kim.go("/sites/kenya/content");
        assertEquals(200, later.status(), later.body());
        assertEquals("/sites/kenya/content", later.uri().getPath(), "no new sign-in: " + kim.hops());
        assertTrue(later.page().select("table.content").size() == 1);
        assertNotEquals(before, kim.cookiesOf(admin), "the session cookie carries the refreshed tokens");
        assertEquals(404, kim.go("/sites/demo/content").status());
    }

    private static String decoded(String part) {
        try {
            return new String(java.util.Base64.getUrlDecoder()
                    .decode(part.replace('+', '-').replace('/', '_')));
        } catch (IllegalArgumentException notBase64) {
            return part;
        }
    }
}
