package dev.beacon.api.stories;

import dev.beacon.api.community.Csv;
import dev.beacon.api.shared.error.ProblemException;
import dev.beacon.api.shared.http.PrivateResponses;
import dev.beacon.api.shared.http.Versions;
import dev.beacon.api.shared.paging.PageRequest;
import dev.beacon.api.shared.paging.PageResponse;
import dev.beacon.api.shared.security.ItemManageResource;
import dev.beacon.api.shared.security.SiteRole.Right;
import dev.beacon.api.stories.StoryRequests.ArticleRequest;
import dev.beacon.api.stories.StoryRequests.CompetitionRequest;
import dev.beacon.api.stories.StoryRequests.EntryStateRequest;
import dev.beacon.api.stories.StoryResponses.ArticleResponse;
import dev.beacon.api.stories.StoryResponses.DefinitionResponse;
import dev.beacon.api.stories.StoryResponses.EntryManageResponse;
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
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.StreamingOutput;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import org.jboss.resteasy.reactive.RestResponse.ResponseBuilder;

/**
 * Staff work on story competitions. Editors (EDIT) define the rules and turn entries into articles; reading entries,
 * marking them and the CSV export are open to editors and moderators alike: editors judge, moderators screen.
 */
@Path("/api/v1/manage/sites/{site}/competitions/{id}")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Story competitions (staff)")
public class CompetitionManageResource extends ItemManageResource {

    @Inject
    CompetitionService competitions;

    @Inject
    EntryModerationService entries;

    @GET
    @Operation(summary = "The competition's rules: dates, terms, longest text")
    public RestResponse<DefinitionResponse> definition() {
        access.require(site, Right.READ);
        return versioned(competitions.definition(site, id));
    }

    @PUT
    @Operation(summary = "Set the rules of a competition item; If-Match or version guards against lost updates")
    public RestResponse<DefinitionResponse> define(
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @Valid @NotNull CompetitionRequest request) {
        access.require(site, Right.EDIT);
        return versioned(competitions.define(site, id, request, Versions.expected(ifMatch, null)));
    }

    @GET
    @Path("entries")
    @Operation(summary = "Entries, newest first, optionally in one state; real names included")
    public PageResponse<EntryManageResponse> entries(
            @QueryParam("state") @Parameter(description = "submitted, read, shortlisted or winner") String state,
            @QueryParam("page") @Min(1) @Max(PageRequest.MAX_PAGE) Integer page,
            @QueryParam("size") @Min(1) @Max(PageRequest.MAX_SIZE) Integer size) {
        access.requireEditOrModerate(site);
        return entries.list(site, id, state(state), PageRequest.of(page, size));
    }

    @POST
    @Path("entries/{entryId}/state")
    @Operation(summary = "Mark an entry read, shortlisted or winner")
    public EntryManageResponse state(@PathParam("entryId") long entryId, @Valid @NotNull EntryStateRequest request) {
        access.requireEditOrModerate(site);
        return entries.setState(site, id, entryId, request.state());
    }

    @POST
    @Path("entries/{entryId}/article")
    @Operation(summary = "Turn an entry into a draft article, by the author's public name")
    @APIResponse(
            responseCode = "201",
            description = "The draft article was created",
            content = @Content(schema = @Schema(implementation = ArticleResponse.class)))
    @APIResponse(responseCode = "409", description = "The entry is already an article")
    public RestResponse<ArticleResponse> article(
            @PathParam("entryId") long entryId, @Valid @NotNull ArticleRequest request) {
        access.require(site, Right.EDIT);
        return PrivateResponses.created(entries.article(site, id, entryId, request, access.name()));
    }

    @GET
    @Path("entries.csv")
    @Produces("text/csv")
    @Operation(summary = "Every entry as CSV (RFC 4180), real names included, formula-safe")
    @APIResponse(
            responseCode = "200",
            description = "RFC 4180 CSV, written while it is read",
            content = @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING)))
    public RestResponse<StreamingOutput> csv() {
        access.requireEditOrModerate(site);
        competitions.requireCompetition(site, id);
        StreamingOutput body = Csv.paged(
                EntryCsv.header(),
                after -> entries.entriesAfter(id, after, Csv.PAGE),
                a -> a.entry().id,
                EntryCsv::line);
        return ResponseBuilder.ok(body, "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"competition-" + id + "-entries.csv\"")
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .build();
    }

    private static StoryEntry.State state(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return StoryEntry.State.valueOf(value);
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid("state", "must be submitted, read, shortlisted or winner");
        }
    }

    private static RestResponse<DefinitionResponse> versioned(DefinitionResponse body) {
        return Versions.tagged(body, body.version())
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .build();
    }
}
