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
 * A body announced larger than {@code quarkus.http.limits.max-body-size} is refused before it is read, as Quarkus
 * does, but with a {@code payload-too-large} problem like every other error instead of a bare 413. Runs just before
 * Quarkus's own check (route order -2), which stays as the backstop.
 */
@ApplicationScoped
public class BodyLimit {

    @ConfigProperty(name = "quarkus.http.limits.max-body-size", defaultValue = "10240K")
    MemorySize limit;

    @Inject
    ObjectMapper json;

    void install(@Observes Router router) {
        router.route().order(-3).handler(this::check);
    }

    private void check(RoutingContext ctx) {
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
        Problem problem = Problem.of(
                ProblemType.PAYLOAD_TOO_LARGE,
                "The body has " + announced + " bytes; this server takes at most " + max,
                ctx.request().path(),
                List.of());
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
