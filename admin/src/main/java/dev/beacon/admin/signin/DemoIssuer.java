package dev.beacon.admin.signin;

import dev.beacon.admin.config.AdminConfig;
import dev.beacon.admin.config.SignInMode;
import dev.beacon.channel.kit.config.ApiConfig;
import dev.beacon.channel.kit.model.TokenResponse;
import dev.beacon.channel.kit.rest.ApiClients;
import dev.beacon.channel.kit.rest.ApiProblemException;
import dev.beacon.channel.kit.rest.DemoTokenApi;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * The api's demo issuer, seen from the admin: whether it exists (its {@code POST /api/v1/demo/token} answers 400
 * to an empty request, 404 where the api runs without it), who its demo staff are and their rights, and a token for
 * one of them. The demo sign-in exists only when no OIDC server is configured here and the api has the issuer.
 */
@Singleton
public class DemoIssuer {

    private static final Logger LOG = Logger.getLogger(DemoIssuer.class);

    /** A demo staff member and what their token allows. */
    public record DemoUser(String name, Rights rights) {}

    private final DemoTokenApi tokens;
    private final AdminConfig config;
    private final ApiConfig api;
    private final Clock clock;
    private volatile Boolean available;

    public DemoIssuer(ApiConfig api, AdminConfig config, Clock clock) {
        this.tokens = ApiClients.build(api, DemoTokenApi.class, null);
        this.api = api;
        this.config = config;
        this.clock = clock;
    }

    void logMode(@Observes StartupEvent start) {
        if (SignInMode.oidc()) {
            LOG.infof("Staff sign in with the OIDC server %s (authorization code with PKCE).", SignInMode.oidcUrl());
            return;
        }
        Optional<Boolean> found = probe();
        if (found.isEmpty()) {
            LOG.warnf(
                    "No OIDC server is configured and the api at %s cannot be reached yet: the DEMO sign-in will be "
                            + "offered at /sign-in once the api answers that it runs its demo issuer.",
                    api.url());
        } else if (found.get()) {
            LOG.warnf(
                    "No OIDC server is configured: DEMO sign-in at /sign-in, through the demo issuer of the api at %s. "
                            + "Set QUARKUS_OIDC_AUTH_SERVER_URL for a real deployment.",
                    api.url());
        } else {
            LOG.warnf(
                    "No OIDC server is configured and the api at %s has no demo issuer: nobody can sign in. "
                            + "Set QUARKUS_OIDC_AUTH_SERVER_URL.",
                    api.url());
        }
    }

    /** Whether the demo sign-in exists: no OIDC server here, and the api runs its demo issuer. */
    public boolean available() {
        if (SignInMode.oidc()) {
            return false;
        }
        Boolean known = available;
        return known != null ? known : probe().orElse(false);
    }

    private Optional<Boolean> probe() {
        try {
            tokens.token(Map.of());
            available = true; // an issuer that signs an empty request is still an issuer
        } catch (ApiProblemException refused) {
            if (refused.status() == 400) {
                available = true;
            } else if (refused.status() == 404) {
                available = false;
            } else {
                return Optional.empty();
            }
        } catch (RuntimeException unreachable) {
            return Optional.empty();
        }
        return Optional.of(available);
    }

    /** The configured demo staff the issuer knows, each with the rights in the token it signs for them. */
    public List<DemoUser> users() {
        List<DemoUser> users = new ArrayList<>();
        for (String name : config.demo().users()) {
            try {
                users.add(new DemoUser(
                        name, Rights.of(tokens.token(Map.of("username", name)).accessToken())));
            } catch (ApiProblemException unknown) {
                if (unknown.status() != 400) {
                    throw unknown;
                }
            }
        }
        return users;
    }

    /** Signs in as a demo user, or empty when the issuer does not know the name. */
    public Optional<StaffMember> signIn(String name) {
        if (name == null || !config.demo().users().contains(name)) {
            return Optional.empty();
        }
        try {
            TokenResponse token = tokens.token(Map.of("username", name));
            Duration life = config.session().maxAge();
            if (token.expiresIn() != null && token.expiresIn() < life.toSeconds()) {
                life = Duration.ofSeconds(token.expiresIn());
            }
            Instant until = clock.instant().plus(life);
            return Optional.of(new StaffMember(name, token.accessToken(), until));
        } catch (ApiProblemException unknown) {
            if (unknown.status() == 400) {
                return Optional.empty();
            }
            throw unknown;
        }
    }
}
