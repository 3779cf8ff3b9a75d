package dev.beacon.api.reactions;

import dev.beacon.api.community.Feature;
import dev.beacon.api.community.PublicReads;
import dev.beacon.api.profiles.ChannelActor;
import dev.beacon.api.reactions.ReactionRequests.ReactRequest;
import dev.beacon.api.reactions.ReactionResponses.ReactedResponse;
import dev.beacon.api.reactions.ReactionResponses.ReactionsResponse;
import dev.beacon.api.shared.config.BeaconConfig;
import dev.beacon.api.shared.http.LocalisedSiteResource;
import dev.beacon.api.shared.http.PrivateResponses;
import dev.beacon.api.sites.SiteDirectory;
import dev.beacon.api.sites.SiteDirectory.SiteView;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/** Reactions under an article: counts for everyone (cacheable), one reaction per person. */
@Path("/api/v1/sites/{site}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Reactions")
public class ReactionResource extends LocalisedSiteResource {

    @Inject
    SiteDirectory sites;

    @Inject
    ReactionService reactions;

    @Inject
    ChannelActor actor;

    @Inject
    PublicReads reads;

    @Inject
    BeaconConfig config;

    @GET
    @Path("content/{id}/reactions")
    @Operation(summary = "The article's reaction question, its choices and how many chose each")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = ReactionsResponse.class)))
    public Response reactions(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        SiteView view = sites.require(site);
        Feature.polls.requireOn(view);
        ReactionsResponse body =
                reactions.reactions(view.id(), id, view.locales().chainFor(locale));
        return reads.counted(body, ifNoneMatch, config.polls().resultsMaxAge());
    }

    @POST
    @Path("content/{id}/reactions")
    @Authenticated
    @Operation(summary = "React to the article with one of its choices; one reaction per person")
    @APIResponse(
            responseCode = "201",
            description = "Counted; carries the thank-you in the served locale",
            content = @Content(schema = @Schema(implementation = ReactedResponse.class)))
    @APIResponse(responseCode = "409", description = "already-done: the person has already reacted to this article")
    public RestResponse<ReactedResponse> react(
            @PathParam("id") long id,
            @HeaderParam(ChannelActor.HEADER)
                    @Parameter(required = true, description = "The person the channel acts for")
                    String subject,
            @Valid @NotNull ReactRequest request) {
        var person = actor.subject(subject);
        return PrivateResponses.created(reactions.react(site, id, person, locale, request.choice()));
    }
}
