package dev.beacon.admin.community;

import com.fasterxml.jackson.databind.JsonNode;
import dev.beacon.admin.manage.model.ContentItem;
import dev.beacon.admin.manage.model.ManagedSite;
import dev.beacon.admin.manage.model.ManagedTip;
import dev.beacon.admin.view.Refusal;
import dev.beacon.admin.view.StaffPages;
import dev.beacon.channel.kit.rest.ApiProblemException;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateData;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * People's tips through the management API: read them by state, publish or reject, feature, and turn one into a
 * draft article in a section, which then opens in the editor. Moderators decide; making an article needs an editor
 * (the api answers 403 otherwise).
 */
@Path("/sites/{site}/tips")
@Produces(MediaType.TEXT_HTML)
public class TipPages extends StaffPages {

    private static final List<String> STATES = List.of("submitted", "published", "rejected");
    private static final Set<String> ACTIONS = Set.of("publish", "reject", "feature", "unfeature");

    @Inject
    @Location("tips.html")
    Template tips;

    /** A tip with the decisions that apply to it now. */
    @TemplateData
    public record Row(ManagedTip t, List<String> actions) {
        static Row of(ManagedTip t) {
            List<String> actions = switch (t.state()) {
                case "submitted" -> List.of("publish", "reject");
                case "published" -> List.of(t.featured() ? "unfeature" : "feature", "reject");
                default -> List.of("publish");
            };
            return new Row(t, actions);
        }
    }

    @GET
    public Response list(
            @PathParam("site") String slug, @QueryParam("state") String state, @QueryParam("done") String done) {
        return page(200, pages.site(slug), stateOf(state), done != null && ACTIONS.contains(done) ? done : null, null);
    }

    @POST
    @Path("{id}/{action}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response act(
            @PathParam("site") String slug,
            @PathParam("id") long id,
            @PathParam("action") String action,
            @FormParam("state") String state) {
        ManagedSite site = pages.site(slug);
        if (!ACTIONS.contains(action)) {
            throw new NotFoundException();
        }
        try {
            api.moderateTip(staff.bearer(), slug, id, action);
        } catch (ApiProblemException refused) {
            return page(Refusal.of(refused).status(), site, stateOf(state), null, "tips.refused");
        }
        return Response.seeOther(URI.create("/sites/" + slug + "/tips?state=" + stateOf(state) + "&done=" + action))
                .build();
    }

    /** The draft article, then its editor. */
    @POST
    @Path("{id}/article")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response article(
            @PathParam("site") String slug,
            @PathParam("id") long id,
            @FormParam("parentId") Long parentId,
            @FormParam("state") String state) {
        ManagedSite site = pages.site(slug);
        try {
            JsonNode made =
                    api.tipArticle(staff.bearer(), slug, id, Map.of("parentId", parentId == null ? 0 : parentId));
            return Response.seeOther(URI.create(
                            "/sites/" + slug + "/content/" + made.path("itemId").asLong() + "/"
                                    + made.path("locale").asText(site.defaultLocale())))
                    .build();
        } catch (ApiProblemException refused) {
            return page(Refusal.of(refused).status(), site, stateOf(state), null, "tips.article-refused");
        }
    }

    private Response page(int status, ManagedSite site, String state, String done, String problem) {
        String bearer = staff.bearer();
        List<ContentItem> sections = api.content(bearer, site.slug(), "section", null, null, null, null, 1, 100)
                .items();
        return html(
                status,
                tips.data("p", pages.page("tips.title", site))
                        .data("state", state)
                        .data("states", STATES)
                        .data(
                                "rows",
                                api.tips(bearer, site.slug(), state, 1, 100).items().stream()
                                        .map(Row::of)
                                        .toList())
                        .data("sections", sections)
                        .data("done", done)
                        .data("problem", problem));
    }

    private static String stateOf(String state) {
        return state != null && STATES.contains(state) ? state : "submitted";
    }
}
