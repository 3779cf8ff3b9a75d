package dev.beacon.admin.content;

import dev.beacon.admin.manage.model.ContentItem;
import dev.beacon.admin.manage.model.ManagedSite;
import dev.beacon.admin.manage.model.Translation;
import dev.beacon.channel.kit.model.Problem;
import dev.beacon.channel.kit.rest.ApiProblemException;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
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
import java.util.stream.Stream;

/**
 * One translation of an item: the block editor, saving with {@code If-Match} (a stale save shows both versions and
 * keeps everything typed), and publishing, unpublishing and scheduling for the roles that may.
 */
@Path("/sites/{site}/content/{id}/{locale}")
@Produces(MediaType.TEXT_HTML)
public class EditorPages extends ContentResource {

    @Inject
    @Location("edit.html")
    Template edit;

    @GET
    public Response show(
            @PathParam("site") String slug,
            @PathParam("id") long id,
            @PathParam("locale") String locale,
            @QueryParam("done") String done) {
        ManagedSite site = pages.site(slug);
        requireLocale(site, locale);
        Translation saved = saved(slug, id, locale);
        DraftForm form = saved == null ? DraftForm.blank() : DraftForm.of(saved);
        String notice = done != null && done.matches("saved|published|scheduled|unpublished|restored")
                ? "edit.done." + done
                : null;
        return page(200, site, id, locale, form, EditHistory.none(), saved, null, List.of(), notice, null);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response post(
            @PathParam("site") String slug,
            @PathParam("id") long id,
            @PathParam("locale") String locale,
            @BeanParam DraftForm form) {
        ManagedSite site = pages.site(slug);
        requireLocale(site, locale);
        Translation saved = saved(slug, id, locale);
        EditHistory history = EditHistory.read(form.history);
        String lost = history.unreadable() ? "edit.history-unreadable" : null;
        if (!"save".equals(form.op)) {
            // A block operation, undo or redo: the form comes back changed, nothing is saved yet.
            history.apply(form);
            return page(200, site, id, locale, form, history, saved, null, List.of(), lost, null);
        }
        // A save the api may refuse: what was typed since the page was drawn becomes an undo step.
        history.apply(form);
        try {
            api.save(staff.bearer(), TranslationRequests.etag(form.version), slug, id, locale, form.request(saved));
            return done(slug, id, locale, "saved");
        } catch (ApiProblemException refused) {
            return switch (refused.status()) {
                case 412 -> {
                    // Someone saved first: show theirs next to the editor's, keep every word typed, and let a new save
                    // (now against their version) replace it knowingly.
                    Translation theirs = saved(slug, id, locale);
                    form.version = theirs == null ? null : theirs.version();
                    yield page(409, site, id, locale, form, history, theirs, theirs, List.of(), null, "edit.stale");
                }
                case 400, 409 ->
                    page(
                            refused.status(),
                            site,
                            id,
                            locale,
                            form,
                            history,
                            saved,
                            null,
                            refused.problem().fieldErrors(),
                            null,
                            "edit.invalid");
                case 403 -> page(403, site, id, locale, form, history, saved, null, List.of(), null, "edit.forbidden");
                default -> throw refused;
            };
        }
    }

    @POST
    @Path("publish")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response publish(
            @PathParam("site") String slug,
            @PathParam("id") long id,
            @PathParam("locale") String locale,
            @FormParam("version") Long version,
            @FormParam("liveFrom") String liveFrom,
            @FormParam("liveUntil") String liveUntil) {
        ManagedSite site = pages.site(slug);
        requireLocale(site, locale);
        Map<String, Object> request = new LinkedHashMap<>();
        try {
            if (liveFrom != null && !liveFrom.isBlank()) {
                request.put("liveFrom", UtcTimes.parse(liveFrom));
            }
            if (liveUntil != null && !liveUntil.isBlank()) {
                request.put("liveUntil", UtcTimes.parse(liveUntil));
            }
        } catch (DateTimeParseException e) {
            return refusedAction(site, id, locale, 400, "edit.bad-time");
        }
        try {
            api.publish(staff.bearer(), TranslationRequests.etag(version), slug, id, locale, request);
            return done(slug, id, locale, request.containsKey("liveFrom") ? "scheduled" : "published");
        } catch (ApiProblemException refused) {
            return refusedAction(site, id, locale, refused.status(), actionProblem(refused));
        }
    }

    @POST
    @Path("unpublish")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response unpublish(
            @PathParam("site") String slug,
            @PathParam("id") long id,
            @PathParam("locale") String locale,
            @FormParam("version") Long version) {
        ManagedSite site = pages.site(slug);
        requireLocale(site, locale);
        try {
            api.unpublish(staff.bearer(), TranslationRequests.etag(version), slug, id, locale);
            return done(slug, id, locale, "unpublished");
        } catch (ApiProblemException refused) {
            return refusedAction(site, id, locale, refused.status(), actionProblem(refused));
        }
    }

    private static String actionProblem(ApiProblemException refused) {
        return switch (refused.status()) {
            case 403 -> "edit.forbidden";
            case 412 -> "edit.stale-action";
            default -> "edit.invalid";
        };
    }

    private Response refusedAction(ManagedSite site, long id, String locale, int status, String problem) {
        Translation saved = saved(site.slug(), id, locale);
        DraftForm form = saved == null ? DraftForm.blank() : DraftForm.of(saved);
        return page(status, site, id, locale, form, EditHistory.none(), saved, null, List.of(), null, problem);
    }

    /** One poll, survey or competition of the site that an embed block may name: its id and what the picker says. */
    @io.quarkus.qute.TemplateData
    public record Embeddable(String id, String type, String title) {}

    /**
     * The embed picker's choices (a {@code datalist}: the id can still be typed): the site's polls, surveys and
     * competitions, drafts included, read only when the form has an embed block.
     */
    private List<Embeddable> embeddable(String site, DraftForm form) {
        if (form.blocks().stream().noneMatch(b -> b.is("embed"))) {
            return List.of();
        }
        return Stream.of("poll", "survey", "competition")
                .flatMap(type ->
                        api.content(staff.bearer(), site, type, null, null, null, null, 1, 100).items().stream())
                .map(i -> new Embeddable(Long.toString(i.id()), i.type(), i.title()))
                .toList();
    }

    private Response page(
            int status,
            ManagedSite site,
            long id,
            String locale,
            DraftForm form,
            EditHistory history,
            Translation saved,
            Translation theirs,
            List<Problem.FieldError> errors,
            String notice,
            String problem) {
        ContentItem item = api.item(staff.bearer(), site.slug(), id);
        // Translating: the source (the site's default language) stands beside the form.
        Translation source = locale.equals(site.defaultLocale()) ? null : saved(site.slug(), id, site.defaultLocale());
        return Response.status(status)
                .type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity(edit.data("p", pages.page(pages.texts(), saved == null ? item.title() : saved.title(), site))
                        .data("row", ContentRow.of(item, site))
                        .data("locale", locale)
                        .data("levels", List.of("2", "3", "4"))
                        .data("embeddable", embeddable(site.slug(), form))
                        .data("form", form)
                        .data("history", history.field(form))
                        .data("canUndo", history.canUndo())
                        .data("canRedo", history.canRedo())
                        .data("saved", saved)
                        .data("theirs", theirs)
                        .data("source", source)
                        .data("channels", ChannelPages.CHANNELS)
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
                api.item(staff.bearer(), slug, id); // a missing item is a 404 page; a missing translation a blank form
                return null;
            }
            throw e;
        }
    }

    private static void requireLocale(ManagedSite site, String locale) {
        if (site.locale(locale) == null) {
            throw new jakarta.ws.rs.NotFoundException();
        }
    }

    private static Response done(String slug, long id, String locale, String what) {
        return Response.seeOther(URI.create("/sites/" + slug + "/content/" + id + "/" + locale + "?done=" + what))
                .build();
    }
}
