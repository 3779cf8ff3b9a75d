package dev.beacon.channel.kit.rest;

import dev.beacon.channel.kit.model.TokenResponse;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

/** An OAuth2 token endpoint (RFC 6749 §4.4, client credentials; client authenticated with HTTP Basic). */
@Produces(MediaType.APPLICATION_JSON)
public interface TokenApi {

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    TokenResponse clientCredentials(
            @HeaderParam(HttpHeaders.AUTHORIZATION) String basicAuth, @FormParam("grant_type") String grantType);
}
