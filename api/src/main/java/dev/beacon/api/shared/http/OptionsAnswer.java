package dev.beacon.api.shared.http;

import dev.beacon.api.shared.error.ProblemException;
import dev.beacon.api.shared.error.ProblemType;
import jakarta.inject.Inject;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.Set;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * {@code OPTIONS} names exactly the methods the resources take at the path ({@link Routes}), instead of the
 * router's guess; a path no resource serves is a 404 problem. CORS pre-flights are left to the CORS filter.
 */
public class OptionsAnswer {

    @Inject
    Routes routes;

    @ServerRequestFilter(preMatching = true, nonBlocking = true)
    public Response answer(ContainerRequestContext request) {
        if (!HttpMethod.OPTIONS.equals(request.getMethod())
                || request.getHeaderString("Access-Control-Request-Method") != null) {
            return null;
        }
        Set<String> allowed = routes.allowed(request.getUriInfo().getPath());
        if (allowed.isEmpty()) {
            throw new ProblemException(
                    ProblemType.ROUTE_NOT_FOUND,
                    "There is no endpoint at " + request.getUriInfo().getPath());
        }
        return Response.noContent()
                .allow(allowed)
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .build();
    }
}
