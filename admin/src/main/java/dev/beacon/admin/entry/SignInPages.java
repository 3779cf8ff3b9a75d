package dev.beacon.admin.entry;

import dev.beacon.admin.config.AdminConfig;
import dev.beacon.admin.config.SignInMode;
import dev.beacon.admin.signin.DemoIssuer;
import dev.beacon.admin.signin.DemoSession;
import dev.beacon.admin.signin.SessionCipher;
import dev.beacon.admin.view.Pages;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;

/**
 * Signing in and out. With an OIDC server, {@code /sign-in} is a page behind quarkus-oidc's authorization-code flow
 * (with PKCE), so reaching it means Keycloak has signed the person in; sign-out goes through quarkus-oidc's logout
 * path, which ends the Keycloak session too. In the demo, {@code /sign-in} lists the demo issuer's staff.
 */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class SignInPages {

    /** quarkus-oidc's logout path ({@code quarkus.oidc.logout.path}). */
    static final String OIDC_LOGOUT = "/sign-out/oidc";

    @Inject
    Pages pages;

    @Inject
    DemoIssuer demo;

    @Inject
    SessionCipher cipher;

    @Inject
    AdminConfig config;

    @Inject
    Clock clock;

    @Inject
    @Location("signIn.html")
    Template signIn;

    @Inject
    @Location("signedOut.html")
    Template signedOut;

    @GET
    @Path("sign-in")
    public Response signIn() {
        if (SignInMode.oidc()) {
            return Response.seeOther(URI.create("/")).build();
        }
        boolean available = demo.available();
        TemplateInstance page = signIn.data("p", pages.page("signin.title", null))
                .data("available", available)
                .data("users", available ? demo.users() : java.util.List.of())
                .data("failed", false);
        return Response.status(available ? 200 : 503).entity(page).build();
    }

    @POST
    @Path("sign-in/demo")
    public Response signInAs(@FormParam("username") String username) {
        if (SignInMode.oidc() || !demo.available()) {
            return Response.status(404).build();
        }
        return demo.signIn(username)
                .map(member -> Response.seeOther(URI.create("/"))
                        .cookie(cookie(
                                DemoSession.seal(cipher, member),
                                config.session().maxAge()))
                        .build())
                .orElseGet(() -> Response.status(400)
                        .entity(signIn.data("p", pages.page("signin.title", null))
                                .data("available", true)
                                .data("users", demo.users())
                                .data("failed", true))
                        .build());
    }

    @POST
    @Path("sign-out")
    public Response signOut() {
        if (SignInMode.oidc()) {
            return Response.seeOther(URI.create(OIDC_LOGOUT)).build();
        }
        return Response.seeOther(URI.create("/signed-out"))
                .cookie(cookie("", Duration.ZERO))
                .build();
    }

    @GET
    @Path("signed-out")
    public TemplateInstance signedOut() {
        return signedOut.data("p", pages.page("signedout.title", null));
    }

    private NewCookie cookie(String value, Duration maxAge) {
        return new NewCookie.Builder(DemoSession.COOKIE)
                .value(value)
                .path("/")
                .httpOnly(true)
                .secure(config.session().secure())
                .sameSite(NewCookie.SameSite.LAX)
                .maxAge((int) maxAge.toSeconds())
                .build();
    }
}
