package dev.beacon.api.content.delivery;

import dev.beacon.api.shared.error.ProblemException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What each item of a delivery list carries ({@code fields=}): a subset of the summary's fields, {@code *} for all of
 * them, and {@code body} and {@code seo}, which only a list asked for them carries, so that a channel or an offline
 * app fetches a page of full items in one request ({@code fields=*,body}). Unknown names are refused, all named.
 */
public record ListFields(Set<String> names) {

    public static final List<String> SUMMARY = List.of(
            "id",
            "type",
            "parentId",
            "path",
            "locale",
            "title",
            "subtitle",
            "slug",
            "tags",
            "excerpt",
            "featured",
            "position",
            "publishedAt");
    private static final List<String> FULL = List.of("body", "seo");

    /** The fields asked for, or null for the summary as it always was. */
    public static ListFields parse(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        Set<String> names = new LinkedHashSet<>();
        List<String> unknown = new ArrayList<>();
        for (String part : value.split(",")) {
            String name = part.strip();
            if (name.equals("*")) {
                names.addAll(SUMMARY);
            } else if (SUMMARY.contains(name) || FULL.contains(name)) {
                names.add(name);
            } else if (!name.isEmpty()) {
                unknown.add(name);
            }
        }
        if (!unknown.isEmpty()) {
            throw ProblemException.invalid(
                    "fields",
                    "unknown field" + (unknown.size() > 1 ? "s " : " ") + String.join(", ", unknown) + " (known: *, "
                            + String.join(", ", SUMMARY) + ", body, seo)");
        }
        if (names.isEmpty()) {
            throw ProblemException.invalid("fields", "must name at least one field");
        }
        return new ListFields(names);
    }

    public boolean body() {
        return names.contains("body");
    }

    public boolean seo() {
        return names.contains("seo");
    }

    /** Whether some summary field is left out, so that items must be cut down to the names. */
    boolean sparse() {
        return !names.containsAll(SUMMARY);
    }

    String key() {
        return String.join(",", names);
    }
}
