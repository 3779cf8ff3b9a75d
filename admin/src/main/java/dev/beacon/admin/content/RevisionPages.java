package dev.beacon.admin.content;

import dev.beacon.admin.manage.model.ContentItem;
import dev.beacon.admin.manage.model.ManagedSite;
import dev.beacon.admin.manage.model.Revision;
import dev.beacon.admin.manage.model.Translation;
import dev.beacon.admin.view.Texts;
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
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * A translation's revisions through the management API: the list (author, time, note, published), a side-by-side
 * diff of any two (line by line, the changed words marked), and restore, which the api turns into a new revision.
 */
@Path("/sites/{site}/content/{id}/{locale}/revisions")
@Produces(MediaType.TEXT_HTML)
public class RevisionPages extends ContentResource {

    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'").withZone(ZoneOffset.UTC);

    @Inject
    @Location("revisions.html")
    Template revisions;

    /** One revision in the list. */
    @TemplateData
    public record Row(int number, String when, String author, String note, boolean published, boolean current) {}

    /** The two revisions compared, and the rows of their side-by-side table. */
    @TemplateData
    public record Comparison(Row from, Row to, List<TextDiff.Row> rows, int changes) {}

    @GET
    public Response list(
            @PathParam("site") String slug,
            @PathParam("id") long id,
            @PathParam("locale") String locale,
            @QueryParam("from") Integer from,
            @QueryParam("to") Integer to) {
        return page(200, pages.site(slug), id, locale, from, to, null);
    }

    @POST
    @Path("{number}/restore")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response restore(
            @PathParam("site") String slug,
            @PathParam("id") long id,
            @PathParam("locale") String locale,
            @PathParam("number") int number,
            @FormParam("version") Long version) {
        ManagedSite site = pages.site(slug);
        try {
            api.restore(staff.bearer(), TranslationRequests.etag(version), slug, id, locale, number);
            return Response.seeOther(URI.create("/sites/" + slug + "/content/" + id + "/" + locale + "?done=restored"))
                    .build();
        } catch (ApiProblemException refused) {
            String problem = switch (refused.status()) {
                case 403 -> "edit.forbidden";
                case 412 -> "edit.stale-action";
                case 409 -> "revisions.slug-taken";
                case 404 -> throw new NotFoundException();
                default -> throw refused;
            };
            return page(refused.status(), site, id, locale, null, null, problem);
        }
    }

    private Response page(
            int status, ManagedSite site, long id, String locale, Integer from, Integer to, String problem) {
        if (site.locale(locale) == null) {
            throw new NotFoundException();
        }
        String bearer = staff.bearer();
        ContentItem item = api.item(bearer, site.slug(), id);
        Translation current;
        List<Revision> list;
        try {
            current = api.translation(bearer, site.slug(), id, locale).getEntity();
            list = api.revisions(bearer, site.slug(), id, locale);
        } catch (ApiProblemException e) {
            if (e.status() == 404) {
                throw new NotFoundException();
            }
            throw e;
        }
        Integer currentNumber = current.currentRevision();
        List<Row> rows = list.stream()
                .map(r -> new Row(
                        r.number(),
                        r.createdAt() == null ? "" : WHEN.format(r.createdAt()),
                        r.author(),
                        r.note(),
                        r.published(),
                        currentNumber != null && r.number() == currentNumber))
                .toList();
        Texts texts = pages.texts();
        Comparison comparison = compare(site.slug(), id, locale, rows, from, to, texts);
        return Response.status(status)
                .type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity(revisions
                        .data("p", pages.page(texts, texts.format("revisions.title", current.title()), site))
                        .data("row", ContentRow.of(item, site))
                        .data("locale", locale)
                        .data("current", current)
                        .data("revisions", rows)
                        .data("comparison", comparison)
                        .data("problem", problem))
                .build();
    }

    /** The two chosen revisions, or by default the newest against the one before it; none with a single revision. */
    private Comparison compare(
            String slug, long id, String locale, List<Row> rows, Integer from, Integer to, Texts texts) {
        if (rows.size() < 2 && (from == null || to == null)) {
            return null;
        }
        Row older = find(rows, from == null ? rows.get(1).number() : from);
        Row newer = find(rows, to == null ? rows.get(0).number() : to);
        String bearer = staff.bearer();
        List<TextDiff.Row> diff = TextDiff.lines(
                RevisionLines.of(api.revision(bearer, slug, id, locale, older.number()), texts),
                RevisionLines.of(api.revision(bearer, slug, id, locale, newer.number()), texts));
        int changes = (int) diff.stream().filter(r -> !r.same()).count();
        return new Comparison(older, newer, diff, changes);
    }

    private static Row find(List<Row> rows, int number) {
        return rows.stream().filter(r -> r.number() == number).findFirst().orElseThrow(NotFoundException::new);
    }
}
