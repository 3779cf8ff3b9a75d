package dev.beacon.api.tips;

import dev.beacon.api.community.PublicReads;
import dev.beacon.api.profiles.ChannelActor;
import dev.beacon.api.shared.http.PrivateResponses;
import dev.beacon.api.shared.paging.PageRequest;
import dev.beacon.api.tips.TipRequests.TipCreateRequest;
import dev.beacon.api.tips.TipResponses.HelpfulResponse;
import dev.beacon.api.tips.TipResponses.MyTipResponse;
import dev.beacon.api.tips.TipResponses.PublicTipListResponse;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/** Published tips for everyone; sending tips and marking them helpful for a person acting through a channel. */
@Path("/api/v1/sites/{site}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Tips")
public class TipResource {

    @Inject
    TipService tips;

    @Inject
    ChannelActor actor;

    @Inject
    PublicReads reads;

    @PathParam("site")
    String site;

    @GET
    @Path("tips")
    @Operation(summary = "Published tips, featured first, then newest; cacheable, with no data about their authors")
    @APIResponse(
            responseCode = "200",
            content = @Content(schema = @Schema(implementation = PublicTipListResponse.class)))
    public Response published(
            @QueryParam("locale")
                    @Parameter(description = "Tips in this locale's fallback chain (and tips with no locale)")
                    String locale,
            @QueryParam("page") @Min(1) @Max(PageRequest.MAX_PAGE) Integer page,
            @QueryParam("size") @Min(1) @Max(PageRequest.MAX_SIZE) Integer size,
            @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        return reads.respond(tips.published(site, locale, PageRequest.of(page, size)), ifNoneMatch, null);
    }

    @POST
    @Path("tips")
    @Operation(summary = "Send a tip (≤ 140 characters, optional display name); moderators publish it")
    @APIResponse(
            responseCode = "201",
            description = "Received, waiting for moderation",
            content = @Content(schema = @Schema(implementation = MyTipResponse.class)))
    @APIResponse(
            responseCode = "422",
            description = "banned-text: a banned word or pattern, a phone number or an e-mail address")
    @APIResponse(
            responseCode = "429",
            description = "rate-limited: too many in a short time; Retry-After says when to try again")
    @Authenticated
    public RestResponse<MyTipResponse> submit(
            @HeaderParam(ChannelActor.HEADER) String subject, @Valid @NotNull TipCreateRequest request) {
        return PrivateResponses.created(tips.submit(site, actor.subject(subject), request));
    }

    @POST
    @Path("tips/{tipId}/helpful")
    @Operation(summary = "Mark a published tip as helpful, once per person")
    @APIResponse(
            responseCode = "201",
            description = "Counted",
            content = @Content(schema = @Schema(implementation = HelpfulResponse.class)))
    @APIResponse(responseCode = "409", description = "already-done: the person already marked this tip as helpful")
    @Authenticated
    public RestResponse<HelpfulResponse> helpful(
            @HeaderParam(ChannelActor.HEADER) String subject, @PathParam("tipId") long tipId) {
        return PrivateResponses.created(tips.markHelpful(site, actor.subject(subject), tipId));
    }

    @GET
    @Path("me/tips")
    @Operation(summary = "The person's own tips and where each stands")
    @Authenticated
    public RestResponse<List<MyTipResponse>> mine(@HeaderParam(ChannelActor.HEADER) String subject) {
        return PrivateResponses.ok(tips.mine(site, actor.subject(subject)));
    }
}
