package dev.beacon.admin.signin;

import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * No page without a signed-in person. With an OIDC server, quarkus-oidc's HTTP policy has already sent a stranger to
 * Keycloak before this runs; in the demo this sends them to the demo sign-in.
 */
public class SignInGate {

    private static final List<String> OPEN = List.of("/sign-in", "/signed-out", "/lang/");

    @Inject
    Staff staff;

    @ServerRequestFilter
    public Response guard(ContainerRequestContext request) {
        String path = request.getUriInfo().getPath();
        if (OPEN.stream().anyMatch(path::startsWith) || staff.current().isPresent()) {
            return null;
        }
        return Response.seeOther(URI.create("/sign-in")).build();
    }
}
