package dev.beacon.admin.support;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.beacon.channel.kit.testing.ApiUnderTest;
import dev.beacon.testing.keycloak.RealKeycloak;
import java.net.URL;
import java.util.LinkedHashMap;
import java.util.Map;
import org.openqa.selenium.By;

/**
 * The real Keycloak of module {@code test-keycloak} (realm {@code beacon} of {@code dev/keycloak}), with the admin
 * signing staff in through its client {@code beacon-admin}, and an api of its own that trusts the same realm, so the
 * token Keycloak gives the person is exactly what the api checks. Started last ({@link #order()}), so its
 * {@code beacon.api.url} wins over the demo api's of {@code ApiTestResource}.
 */
public class AdminKeycloak extends RealKeycloak {

    public static final String CLIENT_ID = "beacon-admin";

    /** The dev realm's secret of {@code beacon-admin}: dev-only, like every secret of {@code dev/keycloak}. */
    public static final String CLIENT_SECRET = "beacon-admin-dev-secret";

    @Override
    protected Map<String, String> configFor(String baseUrl) {
        String realm = baseUrl + "/realms/" + REALM;
        Map<String, String> config = new LinkedHashMap<>();
        config.put("quarkus.oidc.auth-server-url", realm);
        config.put("quarkus.oidc.client-id", CLIENT_ID);
        config.put("quarkus.oidc.credentials.secret", CLIENT_SECRET);
        config.put("beacon.api.url", api().url());
        // config.SignInMode decides from the sources it can see when the configuration is built (the environment and
        // system properties in a deployment), and a test resource's values are not among them: say it again here,
        // as api's KeycloakTestResource does for its own tenant.
        config.put("quarkus.oidc.tenant-enabled", "true");
        config.put("quarkus.http.auth.permission.staff.enabled", "true");
        return config;
    }

    /** The api trusting the test Keycloak (started with it, once per test JVM). */
    public static ApiUnderTest api() {
        return ApiUnderTest.withOidc(realmUrl(REALM));
    }

    @Override
    public int order() {
        return 1000;
    }

    /** Signs {@code username} in through Keycloak's own login form, from the admin's home at {@code root}. */
    public static void signIn(Chromium chromium, URL root, String username) {
        chromium.go(root.toString());
        var browser = chromium.driver();
        assertTrue(browser.getCurrentUrl().startsWith(realmUrl(REALM)), browser.getCurrentUrl());
        browser.findElement(By.id("username")).sendKeys(username);
        browser.findElement(By.id("password")).sendKeys(username + "-pass");
        chromium.click(By.id("kc-login"));
        assertTrue(browser.getCurrentUrl().startsWith(root.toString()), browser.getCurrentUrl());
    }
}
