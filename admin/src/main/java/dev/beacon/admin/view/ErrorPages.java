package dev.beacon.admin.view;

import dev.beacon.admin.signin.DemoSession;
import dev.beacon.channel.kit.rest.ApiProblemException;
import dev.beacon.channel.kit.rest.ApiUnavailableException;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import jakarta.inject.Inject;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * What the api refused, in the person's language: 401 (the token ended) back to sign-in, 403 "not allowed" (the
 * api decides; a hidden button only spares the trip), 404 and an unreachable api as pages of their own.
 */
public class ErrorPages {

    private static final Logger LOG = Logger.getLogger(ErrorPages.class);

    @Inject
    Pages pages;

    @Inject
    @Location("problem.html")
    Template problem;

    @ServerExceptionMapper
    public Response refused(ApiProblemException e) {
        return switch (e.status()) {
            case 401 ->
                Response.seeOther(URI.create("/sign-in"))
                        .cookie(new NewCookie.Builder(DemoSession.COOKIE)
                                .value("")
                                .path("/")
                                .maxAge(0)
                                .build())
                        .build();
            case 403 -> page(403, "error.forbidden");
            case 404 -> page(404, "error.not-found");
            default -> page(e.status(), "error.refused");
        };
    }

    @ServerExceptionMapper
    public Response notFound(NotFoundException e) {
        return page(404, "error.not-found");
    }

    @ServerExceptionMapper
    public Response unavailable(ApiUnavailableException e) {
        LOG.warnf("The api failed: %s", e.getMessage());
        return page(503, "error.unavailable");
    }

    @ServerExceptionMapper
    public Response unreachable(ProcessingException e) {
        LOG.warnf("The api could not be reached: %s", e.getMessage());
        return page(503, "error.unavailable");
    }

    private Response page(int status, String key) {
        return Response.status(status)
                .type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity(problem.data("p", pages.page(key, null)).data("textKey", key + ".text"))
                .build();
    }
}
