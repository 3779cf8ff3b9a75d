package dev.beacon.api.content.delivery;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The live part of one site's tree in one epoch: ids, parents and slugs per locale. Small enough to hold
 * in memory, and it turns paths, breadcrumbs and "everything under this section" into lookups.
 */
final class SiteTree {

    record Entry(long id, Long parentId, String locale, String slug) {}

    private record Node(long id, Long parentId, Map<String, String> slugs) {}

    private final Map<Long, Node> nodes = new HashMap<>();
    private final Map<Long, List<Long>> children = new HashMap<>();
    private final List<Long> roots = new ArrayList<>();

    SiteTree(List<Entry> entries) {
        for (Entry e : entries) {
            nodes.computeIfAbsent(e.id(), id -> new Node(id, e.parentId(), new HashMap<>()))
                    .slugs()
                    .put(e.locale(), e.slug());
        }
        for (Node n : nodes.values()) {
            if (n.parentId() == null) {
                roots.add(n.id());
            } else {
                children.computeIfAbsent(n.parentId(), p -> new ArrayList<>()).add(n.id());
            }
        }
    }

    /** The item's path in the best locales of the chain; empty when an ancestor is not live. */
    Optional<String> path(long id, List<String> chain) {
        StringBuilder path = new StringBuilder();
        int depth = 0;
        for (Node at = nodes.get(id); at != null; at = at.parentId() == null ? null : nodes.get(at.parentId())) {
            String slug = best(at, chain);
            path.insert(0, "/" + slug);
            if (at.parentId() != null && !nodes.containsKey(at.parentId())) {
                return Optional.empty();
            }
            if (++depth > 64) {
                return Optional.empty();
            }
        }
        return path.isEmpty() ? Optional.empty() : Optional.of(path.toString());
    }

    /** Walks the segments from the top; at each level a slug in the chain's locales wins over one in another locale. */
    Optional<Long> resolve(List<String> segments, List<String> chain) {
        List<Long> level = roots;
        Long found = null;
        for (String segment : segments) {
            found = match(level, segment, chain);
            if (found == null) {
                return Optional.empty();
            }
            level = children.getOrDefault(found, List.of());
        }
        return Optional.ofNullable(found);
    }

    List<Long> descendants(long id) {
        List<Long> result = new ArrayList<>();
        List<Long> queue = new ArrayList<>(children.getOrDefault(id, List.of()));
        while (!queue.isEmpty()) {
            Long next = queue.remove(queue.size() - 1);
            result.add(next);
            queue.addAll(children.getOrDefault(next, List.of()));
        }
        return result;
    }

    /** The section and every item below it that has children: the parents of everything below the section. */
    List<Long> parentsWithin(long id) {
        List<Long> result = new ArrayList<>();
        result.add(id);
        for (Long d : descendants(id)) {
            if (children.containsKey(d)) {
                result.add(d);
            }
        }
        return result;
    }

    List<String> locales(long id) {
        Node n = nodes.get(id);
        return n == null ? List.of() : n.slugs().keySet().stream().sorted().toList();
    }

    boolean contains(long id) {
        return nodes.containsKey(id);
    }

    private Long match(List<Long> candidates, String segment, List<String> chain) {
        Long anyLocale = null;
        for (Long id : candidates) {
            Node n = nodes.get(id);
            if (segment.equals(best(n, chain))) {
                return id;
            }
            if (anyLocale == null && n.slugs().containsValue(segment)) {
                anyLocale = id;
            }
        }
        return anyLocale;
    }

    private static String best(Node n, List<String> chain) {
        for (String locale : chain) {
            String slug = n.slugs().get(locale);
            if (slug != null) {
                return slug;
            }
        }
        return n.slugs().values().iterator().next();
    }
}
