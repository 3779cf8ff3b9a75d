package dev.beacon.admin.manage;

import com.fasterxml.jackson.databind.JsonNode;
import dev.beacon.admin.manage.model.ContentItem;
import dev.beacon.admin.manage.model.ManagedSite;
import dev.beacon.admin.manage.model.ManagedTip;
import dev.beacon.admin.manage.model.ModeratedComment;
import dev.beacon.admin.manage.model.Paged;
import dev.beacon.admin.manage.model.Revision;
import dev.beacon.admin.manage.model.Translation;
import dev.beacon.channel.kit.rest.ProblemResponseMapper;
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
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * Beacon's management API ({@code /api/v1/manage}, in {@code openapi/beacon-api.yaml}), called with the signed-in
 * person's own bearer token, so the api's per-site rights decide every call. Built by {@link Manage}.
 */
@Path("/api/v1/manage/sites")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RegisterProvider(ProblemResponseMapper.class)
public interface ManageApi {

    @GET
    Paged<ManagedSite> sites(
            @HeaderParam(HttpHeaders.AUTHORIZATION) String bearer,
            @QueryParam("page") int page,
            @QueryParam("size") int size);

    @GET
    @Path("{site}")
    ManagedSite site(@HeaderParam(HttpHeaders.AUTHORIZATION) String bearer, @PathParam("site") String site);

    @GET
    @Path("{site}/content")
    Paged<ContentItem> content(
            @HeaderParam(HttpHeaders.AUTHORIZATION) String bearer,
            @PathParam("site") String site,
            @QueryParam("type") String type,
            @QueryParam("parentId") Long parentId,
            @QueryParam("root") Boolean root,
            @QueryParam("q") String q,
            @QueryParam("tag") String tag,
            @QueryParam("page") int page,
            @QueryParam("size") int size);

    @GET
    @Path("{site}/content/{id}")
    ContentItem item(
            @HeaderParam(HttpHeaders.AUTHORIZATION) String bearer,
            @PathParam("site") String site,
            @PathParam("id") long id);

    /** A short-lived preview token for the current revision of a translation (editors and admins of the site). */
    @POST
    @Path("{site}/content/{id}/translations/{locale}/preview")
    JsonNode preview(
            @HeaderParam(HttpHeaders.AUTHORIZATION) String bearer,
            @PathParam("site") String site,
            @PathParam("id") long id,
            @PathParam("locale") String locale);

    /** Moves an item (parentId, position) or changes its featured window; absent parentId: the top of the tree. */
    @PUT
    @Path("{site}/content/{id}")
    ContentItem update(
            @HeaderParam(HttpHeaders.AUTHORIZATION) String bearer,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @PathParam("site") String site,
            @PathParam("id") long id,
            Map<String, Object> request);

    @POST
    @Path("{site}/content")
    ContentItem create(
            @HeaderParam(HttpHeaders.AUTHORIZATION) String bearer,
            @PathParam("site") String site,
            Map<String, Object> request);

    @GET
    @Path("{site}/content/{id}/translations/{locale}")
    RestResponse<Translation> translation(
            @HeaderParam(HttpHeaders.AUTHORIZATION) String bearer,
            @PathParam("site") String site,
            @PathParam("id") long id,
            @PathParam("locale") String locale);

    @PUT
    @Path("{site}/content/{id}/translations/{locale}")
    RestResponse<Translation> save(
            @HeaderParam(HttpHeaders.AUTHORIZATION) String bearer,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @PathParam("site") String site,
            @PathParam("id") long id,
            @PathParam("locale") String locale,
            Map<String, Object> request);

    @POST
    @Path("{site}/content/{id}/translations/{locale}/publish")
    RestResponse<Translation> publish(
            @HeaderParam(HttpHeaders.AUTHORIZATION) String bearer,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @PathParam("site") String site,
            @PathParam("id") long id,
            @PathParam("locale") String locale,
            Map<String, Object> request);

    @POST
    @Path("{site}/content/{id}/translations/{locale}/unpublish")
    RestResponse<Translation> unpublish(
            @HeaderParam(HttpHeaders.AUTHORIZATION) String bearer,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @PathParam("site") String site,
            @PathParam("id") long id,
            @PathParam("locale") String locale);

    /** Newest first; each a summary (number, title, author, note, time, published). */
    @GET
    @Path("{site}/content/{id}/translations/{locale}/revisions")
    List<Revision> revisions(
            @HeaderParam(HttpHeaders.AUTHORIZATION) String bearer,
            @PathParam("site") String site,
            @PathParam("id") long id,
            @PathParam("locale") String locale);

    @GET
    @Path("{site}/content/{id}/translations/{locale}/revisions/{number}")
    Revision revision(
            @HeaderParam(HttpHeaders.AUTHORIZATION) String bearer,
            @PathParam("site") String site,
            @PathParam("id") long id,
            @PathParam("locale") String locale,
            @PathParam("number") int number);

    /** Saves the revision's content as a new revision (history is never rewritten). */
    @POST
    @Path("{site}/content/{id}/translations/{locale}/revisions/{number}/restore")
    RestResponse<Translation> restore(
            @HeaderParam(HttpHeaders.AUTHORIZATION) String bearer,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @PathParam("site") String site,
            @PathParam("id") long id,
            @PathParam("locale") String locale,
            @PathParam("number") int number);

    /** A poll's, survey's or competition's definition ({@code kind}: polls, surveys, competitions). */
    @GET
    @Path("{site}/{kind}/{id}")
    JsonNode definition(
            @HeaderParam(HttpHeaders.AUTHORIZATION) String bearer,
            @PathParam("site") String site,
            @PathParam("kind") String kind,
            @PathParam("id") long id);

    @PUT
    @Path("{site}/{kind}/{id}")
    JsonNode define(
            @HeaderParam(HttpHeaders.AUTHORIZATION) String bearer,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @PathParam("site") String site,
            @PathParam("kind") String kind,
            @PathParam("id") long id,
            JsonNode request);

    /** An article's reaction question. */
    @GET
    @Path("{site}/content/{id}/reaction-question")
    JsonNode reactionQuestion(
            @HeaderParam(HttpHeaders.AUTHORIZATION) String bearer,
            @PathParam("site") String site,
            @PathParam("id") long id);

    @PUT
    @Path("{site}/content/{id}/reaction-question")
    JsonNode defineReactionQuestion(
            @HeaderParam(HttpHeaders.AUTHORIZATION) String bearer,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @PathParam("site") String site,
            @PathParam("id") long id,
            JsonNode request);

    /** The moderation queue: {@code state} visible, hidden, deleted or reported (most reported first). */
    @GET
    @Path("{site}/comments")
    Paged<ModeratedComment> comments(
            @HeaderParam(HttpHeaders.AUTHORIZATION) String bearer,
            @PathParam("site") String site,
            @QueryParam("state") String state,
            @QueryParam("page") int page,
            @QueryParam("size") int size);

    @GET
    @Path("{site}/comments/{id}")
    ModeratedComment comment(
            @HeaderParam(HttpHeaders.AUTHORIZATION) String bearer,
            @PathParam("site") String site,
            @PathParam("id") long id);

    @GET
    @Path("{site}/comments/{id}/history")
    List<ModeratedComment.Entry> commentHistory(
            @HeaderParam(HttpHeaders.AUTHORIZATION) String bearer,
            @PathParam("site") String site,
            @PathParam("id") long id);

    /** {@code decision}: approve, hide or delete, against the version named in If-Match (412 when it changed). */
    @POST
    @Path("{site}/comments/{id}/{decision}")
    ModeratedComment moderate(
            @HeaderParam(HttpHeaders.AUTHORIZATION) String bearer,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @PathParam("site") String site,
            @PathParam("id") long id,
            @PathParam("decision") String decision);

    /** A reply under the site's moderator name: {@code text}, or {@code cannedResponse} with {@code locale}. */
    @POST
    @Path("{site}/comments/{id}/replies")
    ModeratedComment reply(
            @HeaderParam(HttpHeaders.AUTHORIZATION) String bearer,
            @PathParam("site") String site,
            @PathParam("id") long id,
            Map<String, Object> request);

    /** Tips, newest first; {@code state} submitted, published or rejected (null: all). */
    @GET
    @Path("{site}/tips")
    Paged<ManagedTip> tips(
            @HeaderParam(HttpHeaders.AUTHORIZATION) String bearer,
            @PathParam("site") String site,
            @QueryParam("state") String state,
            @QueryParam("page") int page,
            @QueryParam("size") int size);

    /** {@code action}: publish, reject, feature or unfeature. */
    @POST
    @Path("{site}/tips/{id}/{action}")
    ManagedTip moderateTip(
            @HeaderParam(HttpHeaders.AUTHORIZATION) String bearer,
            @PathParam("site") String site,
            @PathParam("id") long id,
            @PathParam("action") String action);

    /** A draft article made of the tip in the section {@code parentId}: {@code itemId}, {@code locale}. */
    @POST
    @Path("{site}/tips/{id}/article")
    JsonNode tipArticle(
            @HeaderParam(HttpHeaders.AUTHORIZATION) String bearer,
            @PathParam("site") String site,
            @PathParam("id") long id,
            Map<String, Object> request);

    /** Site admins: the profile with this alias (any case) or channel identity ({@code channel:id}), if any. */
    @GET
    @Path("{site}/profiles")
    List<JsonNode> findProfiles(
            @HeaderParam(HttpHeaders.AUTHORIZATION) String bearer,
            @PathParam("site") String site,
            @QueryParam("alias") String alias,
            @QueryParam("identity") String identity);

    /** Everything held about a profile: profile (with identities), consents, security questions, activity. */
    @GET
    @Path("{site}/profiles/{id}/export")
    JsonNode exportProfile(
            @HeaderParam(HttpHeaders.AUTHORIZATION) String bearer,
            @PathParam("site") String site,
            @PathParam("id") long id);

    @DELETE
    @Path("{site}/profiles/{id}")
    void eraseProfile(
            @HeaderParam(HttpHeaders.AUTHORIZATION) String bearer,
            @PathParam("site") String site,
            @PathParam("id") long id);
}
