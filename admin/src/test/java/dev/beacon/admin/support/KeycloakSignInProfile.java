package dev.beacon.admin.support;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.List;

/** The admin restarted with the OIDC sign-in, against the test Keycloak and an api that trusts it. */
public class KeycloakSignInProfile implements QuarkusTestProfile {

    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(new TestResourceEntry(AdminKeycloak.class));
    }
}
