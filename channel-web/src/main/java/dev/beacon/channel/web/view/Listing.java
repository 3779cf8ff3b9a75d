package dev.beacon.channel.web.view;

import dev.beacon.channel.kit.model.ContentPage;
import dev.beacon.channel.kit.model.ContentSummary;
import java.util.List;

/** A titled, paged list of teasers (section, tag, search); {@code pageHref} builds the link to another page. */
public record Listing(String heading, String intro, ContentPage results, String pageHref) {

    public List<ContentSummary> items() {
        return results == null
                ? List.of()
                : results.items().stream().filter(i -> i.path() != null).toList();
    }

    public boolean hasPrevious() {
        return results != null && results.page() > 1;
    }

    public boolean hasNext() {
        return results != null && results.page() < results.totalPages();
    }

    public String previous() {
        return pageHref + (results.page() - 1);
    }

    public String next() {
        return pageHref + (results.page() + 1);
    }
}
