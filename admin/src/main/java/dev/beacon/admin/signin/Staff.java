package dev.beacon.admin.signin;

import dev.beacon.admin.config.SignInMode;
import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.core.http.Cookie;
import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Optional;

/**
 * The person this request is for: with an OIDC server, the identity quarkus-oidc restored from its encrypted
 * session cookie (its access token refreshed as needed); in the demo, the sealed {@link DemoSession} cookie.
 */
@RequestScoped
public class Staff {

    @Inject
    SecurityIdentity identity;

    @Inject
    SessionCipher cipher;

    @Inject
    HttpServerRequest request;

    @Inject
    Clock clock;

    private Optional<StaffMember> member;

    public Optional<StaffMember> current() {
        if (member == null) {
            member = SignInMode.oidc() ? fromOidc() : fromDemoCookie();
        }
        return member;
    }

    /** The signed-in person; the gate lets no page run without one. */
    public StaffMember require() {
        return current().orElseThrow(() -> new io.quarkus.security.UnauthorizedException());
    }

    /** The {@code Authorization} header for the api: the person's own token. */
    public String bearer() {
        return "Bearer " + require().accessToken();
    }

    public Rights rights() {
        return current().map(m -> Rights.of(m.accessToken())).orElse(Rights.NONE);
    }

    private Optional<StaffMember> fromOidc() {
        if (identity.isAnonymous()) {
            return Optional.empty();
        }
        AccessTokenCredential token = identity.getCredential(AccessTokenCredential.class);
        if (token == null) {
            return Optional.empty();
        }
        return Optional.of(new StaffMember(identity.getPrincipal().getName(), token.getToken(), null));
    }

    private Optional<StaffMember> fromDemoCookie() {
        Cookie cookie = request.getCookie(DemoSession.COOKIE);
        return cookie == null ? Optional.empty() : DemoSession.open(cipher, cookie.getValue(), clock.instant());
    }
}
