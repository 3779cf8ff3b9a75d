package dev.beacon.admin.content;

import dev.beacon.admin.manage.model.ContentItem;
import dev.beacon.admin.manage.model.ContentItem.TranslationSummary;
import dev.beacon.admin.manage.model.ManagedSite;
import io.quarkus.qute.TemplateData;
import java.util.List;

/** One line of the content list: the item and its state in each of the site's languages. */
@TemplateData
public record ContentRow(ContentItem item, List<Cell> cells) {

    /**
     * A language's state: draft, published, scheduled, expired, or missing (no translation); {@code outOfDate} when
     * the source (the site's default language) was saved after this translation; {@code servedFrom}: the language a
     * reader of this one gets, the first published one of its fallback chain (null: none).
     */
    public record Cell(
            String locale,
            String status,
            boolean changed,
            boolean outOfDate,
            String servedFrom,
            TranslationSummary translation) {

        /** In this state: one of the api's, "missing", or "out-of-date" (a translation behind its source). */
        public boolean is(String state) {
            return "out-of-date".equals(state) ? outOfDate : status.equals(state);
        }
    }

    public static ContentRow of(ContentItem item, ManagedSite site) {
        TranslationSummary source = item.translation(site.defaultLocale());
        return new ContentRow(
                item,
                site.locales().stream()
                        .map(l -> {
                            TranslationSummary t = item.translation(l.code());
                            String served = servedFrom(item, l.chain() == null ? List.of(l.code()) : l.chain());
                            return t == null
                                    ? new Cell(l.code(), "missing", false, false, served, null)
                                    : new Cell(
                                            l.code(),
                                            t.status(),
                                            t.unpublishedChanges(),
                                            t != source && newer(source, t),
                                            served,
                                            t);
                        })
                        .toList());
    }

    private static boolean newer(TranslationSummary source, TranslationSummary t) {
        return source != null
                && source.updatedAt() != null
                && t.updatedAt() != null
                && source.updatedAt().isAfter(t.updatedAt());
    }

    private static String servedFrom(ContentItem item, List<String> chain) {
        for (String code : chain) {
            TranslationSummary t = item.translation(code);
            if (t != null && "published".equals(t.status())) {
                return code;
            }
        }
        return null;
    }

    /** What people take part in on this item ({@code polls}, {@code surveys}, {@code competitions}, {@code reactions}), or null. */
    public String takingPart() {
        return DefinitionPages.KINDS.get(item.type());
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
        if (status != null && !status.isBlank() && considered.stream().noneMatch(c -> c.is(status))) {
            return false;
        }
        return !untranslated || considered.stream().anyMatch(c -> c.status().equals("missing"));
    }
}
