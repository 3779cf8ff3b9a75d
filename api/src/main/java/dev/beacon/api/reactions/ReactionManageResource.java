package dev.beacon.api.reactions;

import dev.beacon.api.reactions.ReactionRequests.ReactionQuestionRequest;
import dev.beacon.api.reactions.ReactionResponses.ReactionQuestionResponse;
import dev.beacon.api.shared.http.Versions;
import dev.beacon.api.shared.security.ItemManageResource;
import dev.beacon.api.shared.security.SiteRole.Right;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/** Editors attach a reaction question (emoji or picture choices, a thank-you) to an article. */
@Path("/api/v1/manage/sites/{site}/content/{id}/reaction-question")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Manage: reactions")
public class ReactionManageResource extends ItemManageResource {

    @Inject
    ReactionService reactions;

    @GET
    @Operation(summary = "The article's reaction question")
    public RestResponse<ReactionQuestionResponse> get() {
        access.require(site, Right.READ);
        ReactionQuestionResponse q = reactions.definition(site, id);
        return Versions.ok(q, q.version());
    }

    @PUT
    @Operation(summary = "Attach or replace the article's reaction question; a choice with reactions cannot be removed")
    @APIResponse(responseCode = "409", description = "Choices that have reactions cannot be removed")
    @APIResponse(responseCode = "200")
    public RestResponse<ReactionQuestionResponse> put(
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @Valid @NotNull ReactionQuestionRequest request) {
        access.require(site, Right.EDIT);
        ReactionQuestionResponse q = reactions.define(site, id, request, Versions.expected(ifMatch, null));
        return Versions.ok(q, q.version());
    }
}
