package dev.beacon.api.stories;

import dev.beacon.api.community.PublicReads;
import dev.beacon.api.profiles.ChannelActor;
import dev.beacon.api.shared.http.PrivateResponses;
import dev.beacon.api.stories.StoryRequests.EntryCreateRequest;
import dev.beacon.api.stories.StoryResponses.MyEntryResponse;
import dev.beacon.api.stories.StoryResponses.PublicCompetitionResponse;
import dev.beacon.api.stories.StoryResponses.PublicEntryListResponse;
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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/** Published story competitions for everyone; entering one, and one's own entries, for a person through a channel. */
@Path("/api/v1/sites/{site}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Story competitions")
public class CompetitionResource {

    @Inject
    CompetitionService competitions;

    @Inject
    EntryService entries;

    @Inject
    ChannelActor actor;

    @Inject
    PublicReads reads;

    @PathParam("site")
    String site;

    @GET
    @Path("competitions/{id}")
    @Operation(summary = "A published competition: title, dates, whether it is open, the terms to accept; cacheable")
    @APIResponse(
            responseCode = "200",
            content = @Content(schema = @Schema(implementation = PublicCompetitionResponse.class)))
    public Response competition(
            @PathParam("id") long id,
            @QueryParam("locale") String locale,
            @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        CompetitionService.Visible v = competitions.visible(site, id, locale);
        return reads.respond(competitions.publicView(v), ifNoneMatch, competitions.nextChange(v.rules()));
    }

    @GET
    @Path("competitions/{id}/entries")
    @Operation(summary = "Shortlisted entries and winners, under their authors' public names; cacheable")
    @APIResponse(
            responseCode = "200",
            content = @Content(schema = @Schema(implementation = PublicEntryListResponse.class)))
    public Response entries(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        competitions.visible(site, id, null);
        return reads.respond(
                new PublicEntryListResponse(
                        id, entries.publicEntries(List.of(id)).get(id)),
                ifNoneMatch,
                null);
    }

    @POST
    @Path("competitions/{id}/entries")
    @Operation(summary = "Enter a story: the competition must be open and its terms accepted (recorded as a consent)")
    @APIResponse(
            responseCode = "201",
            description = "Received",
            content = @Content(schema = @Schema(implementation = MyEntryResponse.class)))
    @APIResponse(responseCode = "409", description = "not-open: the competition does not take entries now")
    @APIResponse(
            responseCode = "422",
            description = "banned-text: a banned word or pattern, a phone number or an e-mail address")
    @APIResponse(
            responseCode = "429",
            description = "rate-limited: too many in a short time; Retry-After says when to try again")
    @Authenticated
    public RestResponse<MyEntryResponse> enter(
            @HeaderParam(ChannelActor.HEADER) String subject,
            @PathParam("id") long id,
            @Valid @NotNull EntryCreateRequest request) {
        return PrivateResponses.created(entries.enter(site, actor.subject(subject), id, request));
    }

    @GET
    @Path("me/competitions/{id}/entries")
    @Operation(summary = "The person's own entries to a competition, with where each stands")
    @Authenticated
    public RestResponse<List<MyEntryResponse>> mine(
            @HeaderParam(ChannelActor.HEADER) String subject, @PathParam("id") long id) {
        return PrivateResponses.ok(entries.mine(site, actor.subject(subject), id));
    }
}
