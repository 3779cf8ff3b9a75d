package dev.beacon.admin.content;

import dev.beacon.admin.manage.model.Block;
import io.quarkus.qute.TemplateData;
import java.util.Arrays;
import java.util.List;

/**
 * One block as the editor's form carries it: every field as typed, text only, so that a refused or stale save comes
 * back exactly as written. Each block sends every field (hidden when its type has no use for it), which keeps the
 * form's repeated fields aligned block by block.
 */
@TemplateData
public record BlockInput(
        String type,
        String level,
        String text,
        String markdown,
        String src,
        String alt,
        String caption,
        String items,
        String ordered,
        String url,
        String attribution,
        String itemId) {

    public static final List<String> TYPES = List.of("heading", "paragraph", "list", "link", "quote", "image", "embed");

    public static BlockInput empty(String type) {
        return new BlockInput(type, "heading".equals(type) ? "2" : "", "", "", "", "", "", "", "false", "", "", "");
    }

    public static BlockInput of(Block b) {
        return new BlockInput(
                b.type(),
                text(b.level()),
                text(b.text()),
                text(b.markdown()),
                text(b.src()),
                text(b.alt()),
                text(b.caption()),
                b.items() == null ? "" : String.join("\n", b.items()),
                Boolean.TRUE.equals(b.ordered()) ? "true" : "false",
                text(b.url()),
                text(b.attribution()),
                text(b.itemId()));
    }

    /** The block the api takes; fields its type does not use are left out. Numbers that are not numbers go as typed text and the api names the field. */
    public Block toBlock() {
        return switch (type) {
            case "heading" ->
                new Block(type, integer(level), text, null, null, null, null, null, null, null, null, null, null, null);
            case "paragraph" ->
                new Block(type, null, null, markdown, null, null, null, null, null, null, null, null, null, null);
            case "list" ->
                new Block(
                        type,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        lines(items),
                        "true".equals(ordered),
                        null,
                        null,
                        null);
            case "link" -> new Block(type, null, text, null, null, null, null, null, null, null, null, url, null, null);
            case "quote" ->
                new Block(
                        type,
                        null,
                        null,
                        markdown,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        blankToNull(attribution),
                        null);
            case "image" ->
                new Block(
                        type,
                        null,
                        null,
                        null,
                        src,
                        alt,
                        blankToNull(caption),
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null);
            case "embed" ->
                new Block(type, null, null, null, null, null, null, null, null, null, null, null, null, longer(itemId));
            // not one of ours (a forged form): sent as it is, and the api refuses it naming the field
            default -> new Block(type, null, null, null, null, null, null, null, null, null, null, null, null, null);
        };
    }

    public boolean is(String kind) {
        return kind.equals(type);
    }

    private static List<String> lines(String text) {
        return text == null
                ? List.of()
                : Arrays.stream(text.split("\\R"))
                        .map(String::strip)
                        .filter(s -> !s.isEmpty())
                        .toList();
    }

    private static Integer integer(String value) {
        try {
            return value == null || value.isBlank() ? null : Integer.valueOf(value.strip());
        } catch (NumberFormatException e) {
            return -1; // the api refuses it and names the field
        }
    }

    private static Long longer(String value) {
        try {
            return value == null || value.isBlank() ? null : Long.valueOf(value.strip());
        } catch (NumberFormatException e) {
            return -1L;
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }
}
