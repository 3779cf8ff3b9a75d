package dev.beacon.api.shared.security;

import dev.beacon.api.shared.error.ProblemException;
import dev.beacon.api.shared.http.PrivateResponses;
import io.quarkus.security.ForbiddenException;
import io.vertx.core.http.HttpServerRequest;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/** Staff tokens for the one-command demo. Answers 404 unless the demo issuer runs (see {@link StaffAuthConfigSourceFactory}). */
@Path("/api/v1/demo/token")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Demo")
public class DemoTokenResource {

    /** Either a staff {@code username} or a channel {@code client}. */
    public record DemoTokenRequest(String username, String client) {}

    public record DemoTokenResponse(String access_token, String token_type, long expires_in) {}

    @Inject
    Clock clock;

    @POST
    @Operation(
            summary =
                    "Demo only: a staff token (username ada, sam, eddie, mo or kim) or a channel adapter's token (client web, messenger, whatsapp, telegram, sms or ussd)")
    @APIResponse(responseCode = "200")
    @APIResponse(responseCode = "403", description = "The caller is not on this machine (loopback only)")
    @APIResponse(responseCode = "404", description = "The demo issuer is off (route-not-found)")
    public RestResponse<DemoTokenResponse> token(@Valid @NotNull DemoTokenRequest request, HttpServerRequest http) {
        if (!DemoIssuer.active()) {
            throw new NotFoundException();
        }
        // Demo tokens are for the person at this machine, not for whoever can reach the port.
        if (!isLoopback(http.remoteAddress().host())) {
            throw new ForbiddenException();
        }
        String token;
        if (request.client() != null) {
            if (!DemoIssuer.CLIENTS.contains(request.client())) {
                throw ProblemException.invalid("client", "must be one of " + DemoIssuer.CLIENTS);
            }
            token = DemoIssuer.clientToken(request.client(), clock.instant());
        } else {
            if (request.username() == null || !DemoIssuer.USERS.containsKey(request.username())) {
                throw ProblemException.invalid(
                        "username",
                        "must be one of "
                                + DemoIssuer.USERS.keySet().stream().sorted().toList());
            }
            token = DemoIssuer.token(request.username(), clock.instant());
        }
        return PrivateResponses.ok(new DemoTokenResponse(token, "Bearer", DemoIssuer.LIFETIME.toSeconds()));
    }

    private static boolean isLoopback(String host) {
        try {
            return InetAddress.getByName(host).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
