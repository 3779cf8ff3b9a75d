package dev.beacon.admin.content;

import dev.beacon.admin.manage.model.ContentItem;
import dev.beacon.admin.manage.model.ContentItem.TranslationSummary;
import dev.beacon.admin.manage.model.ManagedSite;
import io.quarkus.qute.TemplateData;
import java.util.List;

/** One line of the content list: the item and its state in each of the site's languages. */
@TemplateData
public record ContentRow(ContentItem item, List<Cell> cells) {

    /** A language's state: draft, published, scheduled, expired, or missing (no translation). */
    public record Cell(String locale, String status, boolean changed, TranslationSummary translation) {}

    public static ContentRow of(ContentItem item, ManagedSite site) {
        return new ContentRow(
                item,
                site.locales().stream()
                        .map(l -> {
                            TranslationSummary t = item.translation(l.code());
                            return t == null
                                    ? new Cell(l.code(), "missing", false, null)
                                    : new Cell(l.code(), t.status(), t.unpublishedChanges(), t);
                        })
                        .toList());
    }

    public Cell cell(String locale) {
        return cells.stream().filter(c -> c.locale().equals(locale)).findFirst().orElse(null);
    }

    /**
     * The list's filters on a page of items: {@code status} in the chosen language (any language when none is
     * chosen), and {@code untranslated}: no translation in the chosen language (in some language when none is).
     */
    public boolean matches(String locale, String status, boolean untranslated) {
        List<Cell> considered = locale == null || locale.isBlank()
                ? cells
                : cells.stream().filter(c -> c.locale().equals(locale)).toList();
        if (status != null
                && !status.isBlank()
                && considered.stream().noneMatch(c -> c.status().equals(status))) {
            return false;
        }
        return !untranslated || considered.stream().anyMatch(c -> c.status().equals("missing"));
    }
}
