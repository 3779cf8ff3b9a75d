package dev.beacon.admin.content;

import dev.beacon.admin.manage.model.ContentItem;
import dev.beacon.admin.manage.model.ManagedSite;
import dev.beacon.admin.manage.model.Paged;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Set;

/** A site's content: every item (drafts included) with its state in each language, and the list's filters. */
@Path("/sites/{site}/content")
@Produces(MediaType.TEXT_HTML)
public class ContentPages extends ContentResource {

    static final Set<String> TYPES = Set.of("section", "article", "page", "banner", "poll", "survey", "competition");
    static final List<String> STATUSES = List.of("draft", "published", "scheduled", "expired", "missing");
    private static final int PAGE_SIZE = 50;

    @Inject
    @Location("content.html")
    Template list;

    @GET
    public TemplateInstance list(
            @PathParam("site") String slug,
            @QueryParam("type") String type,
            @QueryParam("status") String status,
            @QueryParam("locale") String locale,
            @QueryParam("untranslated") boolean untranslated,
            @QueryParam("page") Integer page) {
        ManagedSite site = pages.site(slug);
        String chosenType = type != null && TYPES.contains(type) ? type : null;
        String chosenStatus = status != null && STATUSES.contains(status) ? status : null;
        String chosenLocale = locale == null || site.locale(locale) == null ? null : locale;
        int number = page == null || page < 1 ? 1 : Math.min(page, 100_000);
        Paged<ContentItem> items = api.content(staff.bearer(), slug, chosenType, null, null, number, PAGE_SIZE);
        List<ContentRow> rows = items.items().stream()
                .map(item -> ContentRow.of(item, site))
                .filter(row -> row.matches(chosenLocale, chosenStatus, untranslated))
                .toList();
        return list.data("p", pages.page("content.title", site))
                .data("rows", rows)
                .data("paged", items)
                .data("type", chosenType == null ? "" : chosenType)
                .data("status", chosenStatus == null ? "" : chosenStatus)
                .data("locale", chosenLocale == null ? "" : chosenLocale)
                .data("untranslated", untranslated)
                .data("prevPage", items.page() > 1 ? items.page() - 1 : null)
                .data("nextPage", items.page() < items.totalPages() ? items.page() + 1 : null)
                .data("types", TYPES.stream().sorted().toList())
                .data("statuses", STATUSES)
                .data(
                        "query",
                        "type=" + (chosenType == null ? "" : chosenType) + "&status="
                                + (chosenStatus == null ? "" : chosenStatus) + "&locale="
                                + (chosenLocale == null ? "" : chosenLocale)
                                + (untranslated ? "&untranslated=true" : ""));
    }
}
