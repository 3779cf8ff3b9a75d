package dev.beacon.admin.content;

import dev.beacon.admin.manage.model.ContentItem;
import dev.beacon.admin.manage.model.ManagedSite;
import io.quarkus.qute.TemplateData;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * A site's items nested as the api models them (an item's {@code parentId} is its section), in the api's order
 * (position within a parent). An item whose section is not among those read is shown at the top.
 */
public final class ContentTree {

    /**
     * One line of the tree: the item's row, its depth (0 at the top) and whether it matched the filters ({@code
     * false}: shown only as the section around a match).
     */
    @TemplateData
    public record Line(ContentRow row, int depth, boolean match, String parentTitle) {}

    private final Map<Long, ContentRow> rows = new LinkedHashMap<>();
    private final Map<Long, List<Long>> children = new HashMap<>();
    private final List<Long> top = new ArrayList<>();

    public ContentTree(List<ContentItem> items, ManagedSite site) {
        items.forEach(item -> rows.put(item.id(), ContentRow.of(item, site)));
        for (ContentRow row : rows.values()) {
            Long parent = row.item().parentId();
            if (parent != null && rows.containsKey(parent)) {
                children.computeIfAbsent(parent, p -> new ArrayList<>())
                        .add(row.item().id());
            } else {
                top.add(row.item().id());
            }
        }
    }

    /** The lines to show: every item that matches, under the sections that lead to it, depth first. */
    public List<Line> lines(Predicate<ContentRow> matches) {
        Set<Long> shown = new HashSet<>();
        Set<Long> matched = new HashSet<>();
        for (ContentRow row : rows.values()) {
            if (matches.test(row)) {
                matched.add(row.item().id());
                for (Long at = row.item().id(); at != null && shown.add(at); at = parentOf(at)) {
                    // the item and each section above it, up to the top or one already shown
                }
            }
        }
        List<Line> lines = new ArrayList<>();
        walk(top, 0, shown, matched, lines);
        return lines;
    }

    private Long parentOf(Long id) {
        Long parent = rows.get(id).item().parentId();
        return parent != null && rows.containsKey(parent) ? parent : null;
    }

    private void walk(List<Long> ids, int depth, Set<Long> shown, Set<Long> matched, List<Line> out) {
        for (Long id : ids) {
            if (!shown.contains(id)) {
                continue;
            }
            Long parent = parentOf(id);
            out.add(new Line(
                    rows.get(id),
                    depth,
                    matched.contains(id),
                    parent == null ? null : rows.get(parent).item().title()));
            walk(children.getOrDefault(id, List.of()), depth + 1, shown, matched, out);
        }
    }
}
