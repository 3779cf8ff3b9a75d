package dev.beacon.admin.content;

import com.fasterxml.jackson.databind.JsonNode;
import dev.beacon.admin.manage.model.ContentItem;
import dev.beacon.admin.manage.model.ManagedSite;
import dev.beacon.admin.manage.model.Translation;
import dev.beacon.admin.view.Refusal;
import dev.beacon.channel.kit.model.Problem;
import dev.beacon.channel.kit.rest.ApiProblemException;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
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
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Where an item sits and when it is featured (the item: its section, its featured window, UTC), and the SEO and
 * social fields of one translation. Each form saves with {@code If-Match}; a refusal comes back on its field with what
 * was typed kept.
 */
@Path("/sites/{site}/content/{id}/{locale}/settings")
@Produces(MediaType.TEXT_HTML)
public class SettingsPages extends ContentResource {

    static final List<String> SEO_FIELDS =
            List.of("metaTitle", "metaDescription", "socialTitle", "socialDescription", "socialImage");

    @Inject
    @Location("settings.html")
    Template settings;

    @GET
    public Response show(
            @PathParam("site") String slug,
            @PathParam("id") long id,
            @PathParam("locale") String locale,
            @QueryParam("done") String done) {
        ManagedSite site = site(slug, locale);
        ContentItem item = api.item(staff.bearer(), slug, id);
        Translation saved = saved(slug, id, locale);
        return page(
                200,
                site,
                item,
                locale,
                ItemPlace.of(item),
                seo(saved == null ? null : saved.seo()),
                List.of(),
                done != null && done.matches("item|seo") ? "settings.done." + done : null,
                null);
    }

    @POST
    @Path("item")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response item(
            @PathParam("site") String slug,
            @PathParam("id") long id,
            @PathParam("locale") String locale,
            @FormParam("version") Long version,
            @FormParam("parentId") String parentId,
            @FormParam("featuredFrom") String featuredFrom,
            @FormParam("featuredUntil") String featuredUntil) {
        ManagedSite site = site(slug, locale);
        ContentItem item = api.item(staff.bearer(), slug, id);
        ItemPlace typed = new ItemPlace(
                parentId != null && parentId.strip().matches("\\d{1,18}") ? Long.parseLong(parentId.strip()) : -1L,
                featuredFrom == null ? "" : featuredFrom,
                featuredUntil == null ? "" : featuredUntil);
        Translation saved = saved(slug, id, locale);
        Map<String, String> seo = seo(saved == null ? null : saved.seo());
        // absent, not null: the top of the tree, no featured window (the api takes no null instant)
        Map<String, Object> request = new LinkedHashMap<>();
        try {
            if (typed.parentId() >= 0) {
                request.put("parentId", typed.parentId());
            }
            String from = UtcTimes.parse(typed.featuredFrom());
            String until = UtcTimes.parse(typed.featuredUntil());
            if (from != null) {
                request.put("featuredFrom", from);
            }
            if (until != null) {
                request.put("featuredUntil", until);
            }
        } catch (DateTimeParseException e) {
            return page(400, site, item, locale, typed, seo, List.of(), null, "edit.bad-time");
        }
        try {
            api.update(staff.bearer(), TranslationRequests.etag(version), slug, id, request);
            return done(slug, id, locale, "item");
        } catch (ApiProblemException refused) {
            Refusal why = Refusal.of(refused);
            return page(
                    why.status(),
                    site,
                    api.item(staff.bearer(), slug, id),
                    locale,
                    typed,
                    seo,
                    why.fieldErrors(),
                    null,
                    why.problem());
        }
    }

    @POST
    @Path("seo")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response seo(
            @PathParam("site") String slug,
            @PathParam("id") long id,
            @PathParam("locale") String locale,
            @FormParam("version") Long version,
            @FormParam("metaTitle") String metaTitle,
            @FormParam("metaDescription") String metaDescription,
            @FormParam("socialTitle") String socialTitle,
            @FormParam("socialDescription") String socialDescription,
            @FormParam("socialImage") String socialImage,
            @FormParam("noIndex") String noIndex) {
        ManagedSite site = site(slug, locale);
        ContentItem item = api.item(staff.bearer(), slug, id);
        Translation saved = saved(slug, id, locale);
        if (saved == null) {
            throw new NotFoundException(); // a translation is written in the editor first
        }
        Map<String, String> typed = new LinkedHashMap<>();
        typed.put("metaTitle", metaTitle);
        typed.put("metaDescription", metaDescription);
        typed.put("socialTitle", socialTitle);
        typed.put("socialDescription", socialDescription);
        typed.put("socialImage", socialImage);
        typed.put("noIndex", "true".equals(noIndex) ? "true" : "");
        Map<String, Object> seo = new LinkedHashMap<>();
        SEO_FIELDS.forEach(field -> {
            String value = typed.get(field);
            if (value != null && !value.isBlank()) {
                seo.put(field, value.strip());
            }
        });
        if ("true".equals(noIndex)) {
            seo.put("noIndex", true);
        }
        Map<String, Object> request = TranslationRequests.of(saved);
        request.remove("seo");
        if (!seo.isEmpty()) {
            request.put("seo", seo);
        }
        try {
            api.save(staff.bearer(), TranslationRequests.etag(version), slug, id, locale, request);
            return done(slug, id, locale, "seo");
        } catch (ApiProblemException refused) {
            Refusal why = Refusal.of(refused);
            typed.replaceAll((k, v) -> v == null ? "" : v);
            return page(
                    why.status(),
                    site,
                    item,
                    locale,
                    ItemPlace.of(item),
                    typed,
                    why.fieldErrors(),
                    null,
                    why.problem());
        }
    }

    /** The item's place as the form shows it: its section's id (-1: the top) and featured window (UTC). */
    @io.quarkus.qute.TemplateData
    public record ItemPlace(long parentId, String featuredFrom, String featuredUntil) {

        static ItemPlace of(ContentItem item) {
            return new ItemPlace(
                    item.parentId() == null ? -1L : item.parentId(),
                    UtcTimes.local(item.featuredFrom()),
                    UtcTimes.local(item.featuredUntil()));
        }
    }

    private Response page(
            int status,
            ManagedSite site,
            ContentItem item,
            String locale,
            ItemPlace place,
            Map<String, String> seo,
            List<Problem.FieldError> errors,
            String notice,
            String problem) {
        Translation saved = saved(site.slug(), item.id(), locale);
        // the sections it may go under: not itself (the api refuses one of its own descendants, naming parentId)
        List<ContentItem> sections =
                api.content(staff.bearer(), site.slug(), "section", null, null, null, null, 1, 100).items().stream()
                        .filter(s -> s.id() != item.id())
                        .toList();
        return Response.status(status)
                .type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity(settings.data("p", pages.page(pages.texts(), item.title(), site))
                        .data("row", ContentRow.of(item, site))
                        .data("locale", locale)
                        .data("saved", saved)
                        .data("sections", sections)
                        .data("place", place)
                        .data("seo", seo)
                        .data("errors", errors)
                        .data("notice", notice)
                        .data("problem", problem))
                .build();
    }

    private Translation saved(String slug, long id, String locale) {
        try {
            return api.translation(staff.bearer(), slug, id, locale).getEntity();
        } catch (ApiProblemException e) {
            if (e.status() == 404) {
                return null;
            }
            throw e;
        }
    }

    private static Map<String, String> seo(JsonNode seo) {
        Map<String, String> values = new LinkedHashMap<>();
        SEO_FIELDS.forEach(
                field -> values.put(field, seo == null ? "" : seo.path(field).asText("")));
        values.put("noIndex", seo != null && seo.path("noIndex").asBoolean(false) ? "true" : "");
        return values;
    }

    private static Response done(String slug, long id, String locale, String what) {
        return Response.seeOther(
                        URI.create("/sites/" + slug + "/content/" + id + "/" + locale + "/settings?done=" + what))
                .build();
    }
}
