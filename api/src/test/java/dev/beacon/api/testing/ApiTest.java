package dev.beacon.api.testing;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The usual test application: real PostgreSQL, and staff tokens from the WireMock OIDC server. Tests
 * that need real Keycloak use their own profile.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@WithTestResource(OidcWiremockTestResource.class)
public @interface ApiTest {}
