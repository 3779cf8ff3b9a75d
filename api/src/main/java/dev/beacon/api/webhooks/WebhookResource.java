package dev.beacon.api.webhooks;

import dev.beacon.api.shared.http.PrivateResponses;
import dev.beacon.api.shared.http.Versions;
import dev.beacon.api.shared.paging.PageRequest;
import dev.beacon.api.shared.paging.PageResponse;
import dev.beacon.api.shared.security.SiteRole.Right;
import dev.beacon.api.shared.security.StaffAccess;
import dev.beacon.api.webhooks.WebhookRequests.WebhookCreateRequest;
import dev.beacon.api.webhooks.WebhookRequests.WebhookUpdateRequest;
import dev.beacon.api.webhooks.WebhookResponses.DeliveryResponse;
import dev.beacon.api.webhooks.WebhookResponses.WebhookListResponse;
import dev.beacon.api.webhooks.WebhookResponses.WebhookResponse;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/** Site admins register webhooks, read their delivery log and send an event again. */
@Path("/api/v1/manage/sites/{site}/webhooks")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Manage: events and webhooks")
public class WebhookResource {

    @Inject
    WebhookService webhooks;

    @Inject
    StaffAccess access;

    @PathParam("site")
    String site;

    @POST
    @Operation(
            summary =
                    "Register a webhook: events of these types (all when none) are sent to the URL, signed with the secret (Standard Webhooks)")
    @APIResponse(
            responseCode = "201",
            description = "Registered; the answer carries the secret, which is not shown again",
            content = @Content(schema = @Schema(implementation = WebhookResponse.class)))
    public RestResponse<WebhookResponse> create(@Valid @NotNull WebhookCreateRequest request) {
        access.require(site, Right.ADMINISTER);
        return PrivateResponses.created(webhooks.create(site, request));
    }

    @GET
    @Operation(summary = "The site's webhooks, with why any of them is disabled")
    public RestResponse<WebhookListResponse> list() {
        access.require(site, Right.ADMINISTER);
        return PrivateResponses.ok(new WebhookListResponse(webhooks.list(site)));
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One webhook")
    public RestResponse<WebhookResponse> get(@PathParam("id") long id) {
        access.require(site, Right.ADMINISTER);
        WebhookResponse hook = webhooks.get(site, id);
        return Versions.ok(hook, hook.version());
    }

    @PUT
    @Path("{id}")
    @Operation(summary = "Change a webhook's URL or event types, or disable or enable it again")
    public RestResponse<WebhookResponse> update(
            @PathParam("id") long id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull WebhookUpdateRequest request) {
        access.require(site, Right.ADMINISTER);
        WebhookResponse hook = webhooks.update(site, id, request, Versions.expected(ifMatch, request.version()));
        return Versions.ok(hook, hook.version());
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Remove a webhook and its delivery log")
    @APIResponse(responseCode = "204")
    public RestResponse<Void> delete(@PathParam("id") long id) {
        access.require(site, Right.ADMINISTER);
        webhooks.delete(site, id);
        return RestResponse.noContent();
    }

    @GET
    @Path("{id}/deliveries")
    @Operation(summary = "The delivery log, newest first: status, and each attempt's response code, latency and error")
    public RestResponse<PageResponse<DeliveryResponse>> deliveries(
            @PathParam("id") long id,
            @QueryParam("page") @Min(1) @Max(PageRequest.MAX_PAGE) Integer page,
            @QueryParam("size") @Min(1) @Max(PageRequest.MAX_SIZE) Integer size) {
        access.require(site, Right.ADMINISTER);
        return PrivateResponses.ok(webhooks.deliveries(site, id, PageRequest.of(page, size)));
    }

    @POST
    @Path("{id}/deliveries/{delivery}/redeliver")
    @Operation(summary = "Send a delivery's event again, after what the webhook is waiting to receive")
    @APIResponse(
            responseCode = "201",
            description = "A new delivery of the same event, pending",
            content = @Content(schema = @Schema(implementation = DeliveryResponse.class)))
    public RestResponse<DeliveryResponse> redeliver(@PathParam("id") long id, @PathParam("delivery") long delivery) {
        access.require(site, Right.ADMINISTER);
        return PrivateResponses.created(webhooks.redeliver(site, id, delivery));
    }
}
