package dev.beacon.admin.content;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.beacon.admin.manage.model.ContentItem;
import dev.beacon.admin.manage.model.ManagedSite;
import dev.beacon.admin.view.Refusal;
import dev.beacon.channel.kit.model.Problem;
import dev.beacon.channel.kit.rest.ApiProblemException;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.Map;

/**
 * What people take part in, defined from the item's page through the management API: a poll item's poll, a survey
 * item's questions and skip logic, a competition item's rules, an article's reaction question. Labels are written in
 * the page's language; saving sends {@code If-Match}, and a refusal comes back on its field with the form as typed.
 */
@Path("/sites/{site}/content/{id}/{locale}/taking-part")
@Produces(MediaType.TEXT_HTML)
public class DefinitionPages extends ContentResource {

    /** Which definition an item type has, and where the api keeps it. */
    static final Map<String, String> KINDS =
            Map.of("poll", "polls", "survey", "surveys", "competition", "competitions", "article", "reactions");

    @Inject
    @Location("takingPart.html")
    Template takingPart;

    @GET
    public Response show(
            @PathParam("site") String slug,
            @PathParam("id") long id,
            @PathParam("locale") String locale,
            @QueryParam("done") String done) {
        ManagedSite site = site(slug, locale);
        ContentItem item = api.item(staff.bearer(), slug, id);
        String kind = kind(item);
        JsonNode saved = saved(slug, id, kind);
        return page(200, site, item, locale, kind, saved, saved, List.of(), "saved".equals(done), null);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response save(
            @PathParam("site") String slug,
            @PathParam("id") long id,
            @PathParam("locale") String locale,
            MultivaluedMap<String, String> form) {
        ManagedSite site = site(slug, locale);
        ContentItem item = api.item(staff.bearer(), slug, id);
        String kind = kind(item);
        JsonNode saved = saved(slug, id, kind);
        ObjectNode request = switch (kind) {
            case "polls" -> Definitions.poll(saved, form, locale);
            case "surveys" -> Definitions.survey(saved, form, locale);
            case "competitions" -> Definitions.competition(saved, form);
            default -> Definitions.reactions(saved, form, locale);
        };
        String version = form.getFirst("version");
        String ifMatch = version != null && version.matches("\\d{1,18}") ? "\"" + version + "\"" : null;
        request.remove("version");
        try {
            if (kind.equals("reactions")) {
                api.defineReactionQuestion(staff.bearer(), ifMatch, slug, id, request);
            } else {
                api.define(staff.bearer(), ifMatch, slug, kind, id, request);
            }
            return Response.seeOther(
                            URI.create("/sites/" + slug + "/content/" + id + "/" + locale + "/taking-part?done=saved"))
                    .build();
        } catch (ApiProblemException refused) {
            Refusal why = Refusal.of(refused);
            // the form comes back as typed, against the version now saved
            request.set("version", saved.path("version"));
            return page(
                    why.status(), site, item, locale, kind, saved, request, why.fieldErrors(), false, why.problem());
        }
    }

    private Response page(
            int status,
            ManagedSite site,
            ContentItem item,
            String locale,
            String kind,
            JsonNode saved,
            JsonNode shown,
            List<Problem.FieldError> errors,
            boolean done,
            String problem) {
        return Response.status(status)
                .type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity(takingPart
                        .data("p", pages.page(pages.texts(), item.title(), site))
                        .data("row", ContentRow.of(item, site))
                        .data("locale", locale)
                        .data("kind", kind)
                        .data("defined", saved.has("version"))
                        .data("version", shown.path("version").asText(""))
                        .data("d", shown)
                        .data("opensAt", Definitions.local(shown, "opensAt"))
                        .data("closesAt", Definitions.local(shown, "closesAt"))
                        .data("choices", Definitions.choiceRows(shown, locale))
                        .data("questions", Definitions.questions(shown, locale))
                        .data("text", new Text(shown, locale))
                        .data("pollKinds", List.of("single", "multiple", "text", "number"))
                        .data("resultsOptions", List.of("afterVoting", "never"))
                        .data("resultsAsOptions", List.of("percentages", "counts"))
                        .data("submissionOptions", List.of("single", "multiple"))
                        .data("questionTypes", List.of("choice", "multiChoice", "text", "number", "date", "yesNo"))
                        .data("errors", errors)
                        .data("notice", done ? "taking-part.saved" : null)
                        .data("problem", problem))
                .build();
    }

    /** The definition's scalar fields for the template, {@code ""} when absent; labels in the page's language. */
    @io.quarkus.qute.TemplateData
    public record Text(JsonNode definition, String locale) {

        public String get(String field) {
            JsonNode value = definition.path(field);
            return value.isValueNode() ? value.asText("") : "";
        }

        public String label(String field) {
            return definition.path(field).path(locale).asText("");
        }

        public String terms(String field) {
            return definition.path("terms").path(field).asText("");
        }

        public boolean is(String field) {
            return definition.path(field).asBoolean(false);
        }
    }

    private JsonNode saved(String slug, long id, String kind) {
        try {
            return kind.equals("reactions")
                    ? api.reactionQuestion(staff.bearer(), slug, id)
                    : api.definition(staff.bearer(), slug, kind, id);
        } catch (ApiProblemException e) {
            if (e.status() == 404) {
                return Definitions.JSON.objectNode(); // not defined yet
            }
            throw e;
        }
    }

    private static String kind(ContentItem item) {
        String kind = KINDS.get(item.type());
        if (kind == null) {
            throw new NotFoundException(); // sections, pages and banners have nothing to take part in
        }
        return kind;
    }
}
