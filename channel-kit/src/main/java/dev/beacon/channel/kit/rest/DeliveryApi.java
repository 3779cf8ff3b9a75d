package dev.beacon.channel.kit.rest;

import dev.beacon.channel.kit.model.Content;
import dev.beacon.channel.kit.model.ContentPage;
import dev.beacon.channel.kit.model.Site;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Encoded;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.jboss.resteasy.reactive.RestResponse;

/** Beacon's public delivery API, as in {@code openapi/beacon-api.yaml}. Built by {@link ApiClients}. */
@Path("/api/v1/sites/{site}")
@Produces(MediaType.APPLICATION_JSON)
@RegisterProvider(ProblemResponseMapper.class)
public interface DeliveryApi {

    @GET
    RestResponse<Site> site(@PathParam("site") String site, @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch);

    @GET
    @Path("content")
    RestResponse<ContentPage> content(
            @PathParam("site") String site,
            @BeanParam ContentQuery query,
            @QueryParam("locale") String locale,
            @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch);

    @GET
    @Path("content/{id}")
    RestResponse<Content> item(
            @PathParam("site") String site,
            @PathParam("id") long id,
            @QueryParam("locale") String locale,
            @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch);

    /** The item with its messages for a chat channel ({@code channel}: whatsapp, messenger, telegram, sms, ussd). */
    @GET
    @Path("content/{id}")
    RestResponse<Content> channelItem(
            @PathParam("site") String site,
            @PathParam("id") long id,
            @QueryParam("locale") String locale,
            @QueryParam("channel") String channel,
            @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch);

    /**
     * One revision of a draft by a preview token of the management API (read-only, short-lived, never cached), in the
     * shape of {@link #item}; with {@code channel}, its messages for that chat channel.
     */
    @GET
    @Path("preview/{token}")
    Content preview(
            @PathParam("site") String site, @PathParam("token") String token, @QueryParam("channel") String channel);

    /** {@code path} is sent as is (slashes between slugs kept): callers pass only slug characters. */
    @GET
    @Path("paths/{path}")
    RestResponse<Content> byPath(
            @PathParam("site") String site,
            @Encoded @PathParam("path") String path,
            @QueryParam("locale") String locale,
            @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch);
}
