package dev.beacon.api.shared.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.beacon.api.shared.error.Problem;
import dev.beacon.api.shared.error.ProblemType;
import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Requests too large to take, refused with a problem like every other error instead of Vert.x's and Quarkus's bare
 * answers, before any of it is read:
 *
 * <ul>
 *   <li>a body announced larger than {@code quarkus.http.limits.max-body-size}: {@code 413 payload-too-large}
 *       (Quarkus's own check, just after this one, stays as the backstop);
 *   <li>a URI (path and query) longer than {@link #MAX_URI} characters: {@code 414 uri-too-long}. Vert.x's own limit
 *       on the request line ({@code quarkus.http.limits.max-initial-line-length}, raised to 64 KiB) stays as the
 *       backstop and answers a bare 414 beyond it.
 * </ul>
 */
@ApplicationScoped
public class RequestLimits {

    /** The longest URI taken, in characters: far beyond any URI of the API (bounded slugs, ids and parameters). */
    public static final int MAX_URI = 8192;

    @ConfigProperty(name = "quarkus.http.limits.max-body-size", defaultValue = "10240K")
    MemorySize limit;

    @Inject
    ObjectMapper json;

    void install(@Observes Router router) {
        router.route().order(-3).handler(this::check);
    }

    private void check(RoutingContext ctx) {
        String uri = ctx.request().uri();
        if (uri.length() > MAX_URI) {
            refuse(
                    ctx,
                    Problem.of(
                            ProblemType.URI_TOO_LONG,
                            "The URI has " + uri.length() + " characters; this server takes at most " + MAX_URI,
                            null,
                            List.of()));
            return;
        }
        String length = ctx.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        long max = limit.asLongValue();
        long announced;
        try {
            announced = length == null ? -1 : Long.parseLong(length.strip());
        } catch (NumberFormatException e) {
            announced = -1; // Vert.x refuses a malformed length itself
        }
        if (announced <= max) {
            ctx.next();
            return;
        }
        refuse(
                ctx,
                Problem.of(
                        ProblemType.PAYLOAD_TOO_LARGE,
                        "The body has " + announced + " bytes; this server takes at most " + max,
                        ctx.request().path(),
                        List.of()));
    }

    private void refuse(RoutingContext ctx, Problem problem) {
        String body;
        try {
            body = json.writeValueAsString(problem);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        // The body is not read: the connection closes after the answer, as with Quarkus's own refusal.
        ctx.response()
                .setStatusCode(problem.status())
                .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                .putHeader(HttpHeaders.CACHE_CONTROL, "no-store")
                .putHeader(HttpHeaders.CONNECTION, "close")
                .end(body);
    }
}
