package dev.beacon.channel.kit.rest;

import dev.beacon.channel.kit.model.Webhook;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;

/** A site's webhooks in the management API (site admins: ADMINISTER), as in {@code openapi/beacon-api.yaml}. */
@Path("/api/v1/manage/sites/{site}/webhooks")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RegisterProvider(ProblemResponseMapper.class)
public interface WebhooksApi {

    @GET
    Webhook.Listing list(@PathParam("site") String site);

    @POST
    Webhook register(@PathParam("site") String site, Webhook.Registration request);
}
