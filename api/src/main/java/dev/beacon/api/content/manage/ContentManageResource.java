package dev.beacon.api.content.manage;

import dev.beacon.api.content.ContentTranslation;
import dev.beacon.api.content.ContentType;
import dev.beacon.api.content.manage.ContentRequests.ContentCreateRequest;
import dev.beacon.api.content.manage.ContentRequests.ContentUpdateRequest;
import dev.beacon.api.content.manage.ContentRequests.PublishRequest;
import dev.beacon.api.content.manage.ContentRequests.TranslationRequest;
import dev.beacon.api.content.manage.ContentResponses.ContentItemResponse;
import dev.beacon.api.content.manage.ContentResponses.RevisionResponse;
import dev.beacon.api.content.manage.ContentResponses.RevisionSummaryResponse;
import dev.beacon.api.content.manage.ContentResponses.TranslationResponse;
import dev.beacon.api.content.manage.ContentService.ItemView;
import dev.beacon.api.shared.http.Versions;
import dev.beacon.api.shared.paging.PageRequest;
import dev.beacon.api.shared.paging.PageResponse;
import dev.beacon.api.shared.security.SiteRole.Right;
import dev.beacon.api.shared.security.StaffAccess;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
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
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import org.jboss.resteasy.reactive.RestResponse.ResponseBuilder;

/** Staff editing of a site's content tree, translations, revisions and publishing. */
@Path("/api/v1/manage/sites/{site}/content")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Manage: content")
public class ContentManageResource {

    @Inject
    ContentService content;

    @Inject
    TranslationService translations;

    @Inject
    PublishingService publishing;

    @Inject
    StaffAccess access;

    @PathParam("site")
    String site;

    @POST
    @Operation(summary = "Create an item (section, article, page or banner), optionally with its first translation")
    @APIResponse(
            responseCode = "201",
            description = "Created; Location names the item",
            content = @Content(schema = @Schema(implementation = ContentItemResponse.class)))
    @APIResponse(
            responseCode = "409",
            description = "Another item in the same section already uses the slug in that locale")
    public RestResponse<ContentItemResponse> create(@Valid @NotNull ContentCreateRequest request, UriInfo uri) {
        access.require(site, Right.EDIT);
        ItemView view = content.create(site, request, author());
        return ResponseBuilder.<ContentItemResponse>created(uri.getAbsolutePathBuilder()
                        .path(Long.toString(view.item().id))
                        .build())
                .tag(Versions.etag(view.item().version))
                .entity(response(view))
                .build();
    }

    @GET
    @Operation(
            summary = "List items, drafts included",
            description = "parentId lists one section's children; root=true lists the top level; q keeps the items"
                    + " with a translation whose title contains it (any case), tag those with a translation so tagged.")
    public PageResponse<ContentItemResponse> list(
            @QueryParam("parentId") Long parentId,
            @QueryParam("root") boolean root,
            @QueryParam("type") ContentType type,
            @QueryParam("q") @Size(max = 100) String q,
            @QueryParam("tag") @Size(max = 50) String tag,
            @QueryParam("page") @Min(1) @Max(PageRequest.MAX_PAGE) Integer page,
            @QueryParam("size") @Min(1) @Max(PageRequest.MAX_SIZE) Integer size) {
        access.require(site, Right.READ);
        return content.list(
                        site, new ContentService.ListFilter(parentId, root, type, q, tag), PageRequest.of(page, size))
                .map(ContentManageResource::response);
    }

    @GET
    @Path("{id}")
    @Operation(summary = "Get an item with the state of each translation")
    public RestResponse<ContentItemResponse> get(@PathParam("id") long id) {
        access.require(site, Right.READ);
        ItemView view = content.get(site, id);
        return ResponseBuilder.ok(response(view))
                .tag(Versions.etag(view.item().version))
                .build();
    }

    @PUT
    @Path("{id}")
    @Operation(summary = "Move an item or change its featured window")
    public RestResponse<ContentItemResponse> update(
            @PathParam("id") long id,
            @Valid @NotNull ContentUpdateRequest request,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        access.require(site, Right.EDIT);
        ItemView view = content.update(site, id, request, Versions.expected(ifMatch, request.version()));
        return ResponseBuilder.ok(response(view))
                .tag(Versions.etag(view.item().version))
                .build();
    }

    @GET
    @Path("{id}/translations/{locale}")
    @Operation(summary = "Get the draft of one translation")
    public RestResponse<TranslationResponse> translation(@PathParam("id") long id, @PathParam("locale") String locale) {
        access.require(site, Right.READ);
        return translationResponse(translations.translation(site, id, locale), Response.Status.OK);
    }

    @PUT
    @Path("{id}/translations/{locale}")
    @Operation(summary = "Save a translation: creates it or makes a new revision of it")
    @APIResponse(
            responseCode = "200",
            description = "Saved as a new revision",
            content = @Content(schema = @Schema(implementation = TranslationResponse.class)))
    @APIResponse(
            responseCode = "201",
            description = "The translation was created (revision 1)",
            content = @Content(schema = @Schema(implementation = TranslationResponse.class)))
    @APIResponse(
            responseCode = "409",
            description = "Another item in the same section already uses the slug in that locale")
    public RestResponse<TranslationResponse> save(
            @PathParam("id") long id,
            @PathParam("locale") String locale,
            @Valid @NotNull TranslationRequest request,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        access.require(site, Right.EDIT);
        TranslationService.Saved saved =
                translations.saveTranslation(site, id, locale, request, Versions.expected(ifMatch, null), author());
        return translationResponse(saved.translation(), saved.created() ? Response.Status.CREATED : Response.Status.OK);
    }

    @GET
    @Path("{id}/translations/{locale}/revisions")
    @Operation(summary = "List a translation's revisions, newest first")
    public List<RevisionSummaryResponse> revisions(@PathParam("id") long id, @PathParam("locale") String locale) {
        access.require(site, Right.READ);
        Integer published = translations.translation(site, id, locale).publishedRevision;
        return translations.revisions(site, id, locale).stream()
                .map(r -> RevisionSummaryResponse.of(r, published))
                .toList();
    }

    @GET
    @Path("{id}/translations/{locale}/revisions/{number}")
    @Operation(summary = "Get one revision in full")
    public RevisionResponse revision(
            @PathParam("id") long id, @PathParam("locale") String locale, @PathParam("number") int number) {
        access.require(site, Right.READ);
        Integer published = translations.translation(site, id, locale).publishedRevision;
        return RevisionResponse.of(translations.revision(site, id, locale, number), published);
    }

    @POST
    @Path("{id}/translations/{locale}/revisions/{number}/restore")
    @Operation(
            summary = "Restore a revision",
            description = "Saves the revision's content as a new revision; history is never rewritten.")
    @APIResponse(
            responseCode = "409",
            description = "Another item in the same section now uses the revision's slug in that locale")
    @APIResponse(responseCode = "200")
    public RestResponse<TranslationResponse> restore(
            @PathParam("id") long id,
            @PathParam("locale") String locale,
            @PathParam("number") int number,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        access.require(site, Right.EDIT);
        ContentTranslation t =
                translations.restore(site, id, locale, number, Versions.expected(ifMatch, null), author());
        return translationResponse(t, Response.Status.OK);
    }

    @POST
    @Path("{id}/translations/{locale}/publish")
    @Operation(summary = "Publish a revision now or within a live window")
    public RestResponse<TranslationResponse> publish(
            @PathParam("id") long id,
            @PathParam("locale") String locale,
            @Valid @NotNull PublishRequest request,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        access.require(site, Right.PUBLISH);
        ContentTranslation t =
                publishing.publish(site, id, locale, request, Versions.expected(ifMatch, request.version()));
        return translationResponse(t, Response.Status.OK);
    }

    @POST
    @Path("{id}/translations/{locale}/unpublish")
    @Operation(summary = "Withdraw a translation from delivery")
    @APIResponse(responseCode = "409", description = "The translation is not published")
    @APIResponse(responseCode = "200")
    public RestResponse<TranslationResponse> unpublish(
            @PathParam("id") long id,
            @PathParam("locale") String locale,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        access.require(site, Right.PUBLISH);
        return translationResponse(
                publishing.unpublish(site, id, locale, Versions.expected(ifMatch, null)), Response.Status.OK);
    }

    private static RestResponse<TranslationResponse> translationResponse(ContentTranslation t, Response.Status status) {
        return ResponseBuilder.create(status, TranslationResponse.of(t))
                .tag(Versions.etag(t.version))
                .build();
    }

    private static ContentItemResponse response(ItemView view) {
        return ContentItemResponse.of(view.site().slug, view.item(), view.translations());
    }

    private String author() {
        return access.name();
    }
}
