package dev.beacon.admin.content;

import dev.beacon.admin.manage.model.ContentItem;
import dev.beacon.admin.manage.model.ManagedSite;
import dev.beacon.channel.kit.rest.ApiProblemException;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.text.Normalizer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** A new item with its first translation (title and slug); the body is written in the editor that follows. */
@Path("/sites/{site}/content/new")
@Produces(MediaType.TEXT_HTML)
public class NewItemPages extends ContentResource {

    static final List<String> TYPES = List.of("article", "section", "page", "poll", "survey", "competition");

    @Inject
    @Location("newItem.html")
    Template form;

    @GET
    public Response form(@PathParam("site") String slug) {
        ManagedSite site = pages.site(slug);
        return page(200, site, "article", null, site.defaultLocale(), "", "", List.of(), null);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response create(
            @PathParam("site") String slug,
            @FormParam("type") String type,
            @FormParam("parentId") Long parentId,
            @FormParam("locale") String locale,
            @FormParam("title") String title,
            @FormParam("slug") String itemSlug) {
        ManagedSite site = pages.site(slug);
        String chosenType = type != null && TYPES.contains(type) ? type : "article";
        String chosenLocale = site.locale(locale) == null ? site.defaultLocale() : locale;
        String path = itemSlug == null || itemSlug.isBlank() ? slugOf(title) : itemSlug.strip();
        Map<String, Object> content = new LinkedHashMap<>();
        content.put("title", title);
        content.put("slug", path);
        Map<String, Object> request = new LinkedHashMap<>();
        request.put("type", chosenType);
        if (parentId != null) {
            request.put("parentId", parentId);
        }
        request.put("translation", Map.of("locale", chosenLocale, "content", content));
        try {
            ContentItem created = api.create(staff.bearer(), slug, request);
            return Response.seeOther(URI.create("/sites/" + slug + "/content/" + created.id() + "/" + chosenLocale))
                    .build();
        } catch (ApiProblemException refused) {
            if (refused.status() >= 500 || refused.status() == 401 || refused.status() == 404) {
                throw refused;
            }
            return page(
                    refused.status(),
                    site,
                    chosenType,
                    parentId,
                    chosenLocale,
                    title,
                    path,
                    refused.problem().fieldErrors(),
                    refused.status() == 403 ? "edit.forbidden" : "edit.invalid");
        }
    }

    /** A slug the api accepts from a title: lower case letters and digits joined by single hyphens. */
    static String slugOf(String title) {
        if (title == null) {
            return "";
        }
        String plain = Normalizer.normalize(title, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        return plain.toLowerCase(Locale.ROOT)
                .replaceAll("[^\\p{Ll}\\p{Lo}\\p{N}]+", "-")
                .replaceAll("^-+|-+$", "");
    }

    private Response page(
            int status,
            ManagedSite site,
            String type,
            Long parentId,
            String locale,
            String title,
            String slug,
            List<?> errors,
            String problem) {
        List<ContentItem> sections = api.content(staff.bearer(), site.slug(), "section", null, null, null, null, 1, 100)
                .items();
        return Response.status(status)
                .type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity(form.data("p", pages.page("new.title", site))
                        .data("types", TYPES)
                        .data("type", type)
                        .data("sections", sections)
                        .data("parentId", parentId == null ? -1L : parentId)
                        .data("locale", locale)
                        .data("title", title == null ? "" : title)
                        .data("slug", slug == null ? "" : slug)
                        .data("errors", errors)
                        .data("problem", problem))
                .build();
    }
}
