package dev.beacon.admin.content;

import com.fasterxml.jackson.databind.JsonNode;
import dev.beacon.admin.manage.model.Block;
import dev.beacon.admin.manage.model.Revision;
import dev.beacon.admin.view.Texts;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A revision as the lines a reader compares: its fields, then each block (a block's first line named by its type, a
 * Markdown paragraph one line per line), then its written chat messages. Block numbers are left out on purpose: a
 * block inserted at the top would otherwise make every later line differ.
 */
final class RevisionLines {

    private RevisionLines() {}

    static List<String> of(Revision r, Texts texts) {
        List<String> lines = new ArrayList<>();
        lines.add(texts.get("edit.title") + ": " + nonNull(r.title()));
        if (r.subtitle() != null && !r.subtitle().isBlank()) {
            lines.add(texts.get("edit.subtitle") + ": " + r.subtitle());
        }
        lines.add(texts.get("revisions.slug") + ": " + nonNull(r.slug()));
        lines.add(texts.get("revisions.tags") + ": " + String.join(", ", r.tags()));
        for (Block b : r.body()) {
            block(lines, name(texts, "block.", b.type()) + ": ", b);
        }
        for (Map.Entry<String, JsonNode> channel : new TreeMap<>(r.channels()).entrySet()) {
            String name = name(texts, "channel.", channel.getKey());
            for (JsonNode message : channel.getValue()) {
                split(lines, name + ": ", message.path("text").asText(""));
                for (JsonNode button : message.path("buttons")) {
                    lines.add(name + " [" + button.path("title").asText("") + "] → "
                            + button.path("action").asText("")
                            + (button.hasNonNull("itemId")
                                    ? " #" + button.get("itemId").asText()
                                    : ""));
                }
            }
        }
        return lines;
    }

    private static void block(List<String> lines, String name, Block b) {
        switch (b.type()) {
            case "heading" -> lines.add(name + "h" + (b.level() == null ? 2 : b.level()) + " " + nonNull(b.text()));
            case "paragraph" -> split(lines, name, b.markdown());
            case "quote" -> {
                split(lines, name, b.markdown());
                if (b.attribution() != null && !b.attribution().isBlank()) {
                    lines.add("— " + b.attribution());
                }
            }
            case "list" -> {
                lines.add(name.strip());
                List<String> items = b.items() == null ? List.of() : b.items();
                for (int i = 0; i < items.size(); i++) {
                    lines.add((Boolean.TRUE.equals(b.ordered()) ? (i + 1) + ". " : "• ") + items.get(i));
                }
            }
            case "image" ->
                lines.add(name
                        + nonNull(b.src())
                        + (b.alt() == null ? "" : " (" + b.alt() + ")")
                        + (b.caption() == null ? "" : " " + b.caption()));
            case "link" -> lines.add(name + nonNull(b.text()) + " → " + nonNull(b.url()));
            case "embed" -> lines.add(name + "#" + b.itemId());
            default -> lines.add(name.strip());
        }
    }

    /** A multi-line text: its first line after {@code name}, the others on their own. */
    private static void split(List<String> lines, String name, String text) {
        String[] parts = nonNull(text).split("\\R", -1);
        lines.add(name + parts[0]);
        for (int i = 1; i < parts.length; i++) {
            lines.add(parts[i]);
        }
    }

    /** A block type's or channel's name in this language; one this admin has no name for (yet) as the api spells it. */
    private static String name(Texts texts, String prefix, String code) {
        try {
            return texts.get(prefix + code);
        } catch (java.util.MissingResourceException unnamed) {
            return code;
        }
    }

    private static String nonNull(String s) {
        return s == null ? "" : s;
    }
}
