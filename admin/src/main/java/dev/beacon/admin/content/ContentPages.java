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
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A site's content as a tree of sections and items (drafts included) with each one's state in every language, and
 * the filters: words of a title, tag and type (by the api), language, status and "needs translation" (here, on the
 * items' states). Filtered, the tree keeps the sections that lead to each match.
 */
@Path("/sites/{site}/content")
@Produces(MediaType.TEXT_HTML)
public class ContentPages extends ContentResource {

    static final Set<String> TYPES = Set.of("section", "article", "page", "banner", "poll", "survey", "competition");
    static final List<String> STATUSES =
            List.of("draft", "published", "scheduled", "expired", "out-of-date", "missing");
    /** Pages of the api's largest size read for one tree: the first 1,000 items of a site. */
    private static final int PAGES = 10;

    private static final int PAGE_SIZE = 100;

    @Inject
    @Location("content.html")
    Template list;

    @GET
    public TemplateInstance list(
            @PathParam("site") String slug,
            @QueryParam("q") String q,
            @QueryParam("tag") String tag,
            @QueryParam("type") String type,
            @QueryParam("status") String status,
            @QueryParam("locale") String locale,
            @QueryParam("untranslated") boolean untranslated) {
        ManagedSite site = pages.site(slug);
        String words = clip(q, 100);
        String chosenTag = clip(tag, 50);
        String chosenType = type != null && TYPES.contains(type) ? type : null;
        String chosenStatus = status != null && STATUSES.contains(status) ? status : null;
        String chosenLocale = locale == null || site.locale(locale) == null ? null : locale;

        List<ContentItem> all = new ArrayList<>();
        long total = read(slug, null, null, null, all);
        Set<Long> found = null;
        if (words != null || chosenTag != null || chosenType != null) {
            List<ContentItem> matching = new ArrayList<>();
            read(slug, chosenType, words, chosenTag, matching);
            found = matching.stream().map(ContentItem::id).collect(Collectors.toSet());
        }
        Set<Long> byApi = found;
        List<ContentTree.Line> lines = new ContentTree(all, site)
                .lines(row -> (byApi == null || byApi.contains(row.item().id()))
                        && row.matches(chosenLocale, chosenStatus, untranslated));
        return list.data("p", pages.page("content.title", site))
                .data("lines", lines)
                .data("matches", lines.stream().filter(ContentTree.Line::match).count())
                .data("total", total)
                .data("partial", total > all.size() ? all.size() : null)
                .data("q", words == null ? "" : words)
                .data("tag", chosenTag == null ? "" : chosenTag)
                .data("type", chosenType == null ? "" : chosenType)
                .data("status", chosenStatus == null ? "" : chosenStatus)
                .data("locale", chosenLocale == null ? "" : chosenLocale)
                .data("untranslated", untranslated)
                .data("types", TYPES.stream().sorted().toList())
                .data("statuses", STATUSES);
    }

    /** Reads the api's list (up to {@link #PAGES} pages) into {@code into}; answers how many items the api counts. */
    private long read(String slug, String type, String q, String tag, List<ContentItem> into) {
        long total = 0;
        for (int page = 1; page <= PAGES; page++) {
            Paged<ContentItem> items = api.content(staff.bearer(), slug, type, null, null, q, tag, page, PAGE_SIZE);
            into.addAll(items.items());
            total = items.totalItems();
            if (page >= items.totalPages()) {
                break;
            }
        }
        return total;
    }

    private static String clip(String value, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String stripped = value.strip();
        return stripped.length() > max ? stripped.substring(0, max) : stripped;
    }
}
