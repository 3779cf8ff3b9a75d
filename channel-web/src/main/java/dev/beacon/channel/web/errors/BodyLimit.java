package dev.beacon.channel.web.errors;

import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A form body announced larger than {@code quarkus.http.limits.max-body-size} is refused before it is read, as
 * Quarkus does, but as an {@code application/problem+json} {@code payload-too-large} (the API's type) instead of a
 * bare 413. Runs just before Quarkus's own check (route order -2), which stays as the backstop.
 */
@ApplicationScoped
public class BodyLimit {

    static final String TYPE = "https://beacon.dev/problems/payload-too-large";

    @ConfigProperty(name = "quarkus.http.limits.max-body-size", defaultValue = "10240K")
    MemorySize limit;

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
        String body = "{\"type\":\"" + TYPE + "\",\"title\":\"The request body is too large\",\"status\":413,"
                + "\"detail\":\"The body has " + announced + " bytes; this server takes at most " + max + "\","
                + "\"instance\":\"" + json(ctx.request().path()) + "\"}";
        // The body is not read: the connection closes after the answer, as with Quarkus's own refusal.
        ctx.response()
                .setStatusCode(413)
                .putHeader(HttpHeaders.CONTENT_TYPE, "application/problem+json")
                .putHeader(HttpHeaders.CACHE_CONTROL, "no-store")
                .putHeader(HttpHeaders.CONNECTION, "close")
                .end(body);
    }

    private static String json(String s) {
        StringBuilder out = new StringBuilder();
        for (char c : (s == null ? "" : s).toCharArray()) {
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c < 0x20) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
