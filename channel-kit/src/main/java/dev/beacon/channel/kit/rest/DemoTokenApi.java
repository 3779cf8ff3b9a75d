package dev.beacon.channel.kit.rest;

import dev.beacon.channel.kit.model.TokenResponse;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;

/** The api's demo issuer: only there in the demo, only for loopback callers. */
@Path("/api/v1/demo/token")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RegisterProvider(ProblemResponseMapper.class)
public interface DemoTokenApi {

    @POST
    TokenResponse token(Map<String, String> request);
}
