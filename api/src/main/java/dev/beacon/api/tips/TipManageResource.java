package dev.beacon.api.tips;

import dev.beacon.api.shared.error.ProblemException;
import dev.beacon.api.shared.http.PrivateResponses;
import dev.beacon.api.shared.paging.PageRequest;
import dev.beacon.api.shared.paging.PageResponse;
import dev.beacon.api.shared.security.SiteRole.Right;
import dev.beacon.api.shared.security.StaffAccess;
import dev.beacon.api.tips.TipRequests.ArticleRequest;
import dev.beacon.api.tips.TipResponses.ArticleResponse;
import dev.beacon.api.tips.TipResponses.TipManageResponse;
import dev.beacon.api.tips.TipService.Moderation;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * Staff work on tips: moderators (MODERATE) publish, reject and feature; editors (EDIT) turn a tip into a draft
 * article. Both may list tips: editors need to find the ones worth an article.
 */
@Path("/api/v1/manage/sites/{site}/tips")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Tips (staff)")
public class TipManageResource {

    @Inject
    TipService tips;

    @Inject
    StaffAccess access;

    @PathParam("site")
    String site;

    @GET
    @Operation(summary = "Tips of the site, newest first, optionally in one state")
    public PageResponse<TipManageResponse> list(
            @QueryParam("state") @Parameter(description = "submitted, published or rejected") String state,
            @QueryParam("page") @Min(1) @Max(PageRequest.MAX_PAGE) Integer page,
            @QueryParam("size") @Min(1) @Max(PageRequest.MAX_SIZE) Integer size) {
        access.requireEditOrModerate(site);
        return tips.list(site, state(state), PageRequest.of(page, size));
    }

    @POST
    @Path("{tipId}/publish")
    @Operation(summary = "Publish a tip")
    @APIResponse(responseCode = "409", description = "The tip is not in a state this action applies to")
    @APIResponse(responseCode = "200")
    public TipManageResponse publish(@PathParam("tipId") long tipId) {
        return moderate(tipId, Moderation.publish);
    }

    @POST
    @Path("{tipId}/reject")
    @Operation(summary = "Reject a tip (and take it down if it was published)")
    @APIResponse(responseCode = "409", description = "The tip is not in a state this action applies to")
    @APIResponse(responseCode = "200")
    public TipManageResponse reject(@PathParam("tipId") long tipId) {
        return moderate(tipId, Moderation.reject);
    }

    @POST
    @Path("{tipId}/feature")
    @Operation(summary = "Feature a published tip: shown before the others")
    @APIResponse(responseCode = "409", description = "The tip is not in a state this action applies to")
    @APIResponse(responseCode = "200")
    public TipManageResponse feature(@PathParam("tipId") long tipId) {
        return moderate(tipId, Moderation.feature);
    }

    @POST
    @Path("{tipId}/unfeature")
    @Operation(summary = "Stop featuring a tip")
    @APIResponse(responseCode = "409", description = "The tip is not in a state this action applies to")
    @APIResponse(responseCode = "200")
    public TipManageResponse unfeature(@PathParam("tipId") long tipId) {
        return moderate(tipId, Moderation.unfeature);
    }

    @POST
    @Path("{tipId}/article")
    @Operation(summary = "Turn a tip into a draft article in a section, credited to its display name")
    @APIResponse(
            responseCode = "201",
            description = "The draft article was created",
            content = @Content(schema = @Schema(implementation = ArticleResponse.class)))
    @APIResponse(responseCode = "409", description = "The tip is already an article")
    public RestResponse<ArticleResponse> article(
            @PathParam("tipId") long tipId, @Valid @NotNull ArticleRequest request) {
        access.require(site, Right.EDIT);
        return PrivateResponses.created(tips.article(site, tipId, request, access.name()));
    }

    private static Tip.State state(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Tip.State.valueOf(value);
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid("state", "must be submitted, published or rejected");
        }
    }

    private TipManageResponse moderate(long tipId, Moderation action) {
        access.require(site, Right.MODERATE);
        return tips.moderate(site, tipId, action, access.name());
    }
}
