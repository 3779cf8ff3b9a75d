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
        String itemId,
        String width,
        String height,
        String assetId) {

    public static final List<String> TYPES = List.of("heading", "paragraph", "list", "link", "quote", "image", "embed");

    public static BlockInput empty(String type) {
        return new BlockInput(
                type, "heading".equals(type) ? "2" : "", "", "", "", "", "", "", "false", "", "", "", "", "", "");
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
                text(b.itemId()),
                text(b.width()),
                text(b.height()),
                text(b.assetId()));
    }

    /** The block the api takes; fields its type does not use are left out. Numbers that are not numbers go as typed text and the api names the field. */
    public Block toBlock() {
        return switch (type) {
            case "heading" -> Block.heading(integer(level), text);
            case "paragraph" -> Block.paragraph(markdown);
            case "list" -> Block.list(lines(items), "true".equals(ordered));
            case "link" -> Block.link(url, text);
            case "quote" -> Block.quote(markdown, blankToNull(attribution));
            case "image" -> image();
            case "embed" -> Block.embed(longer(itemId));
            // not one of ours (a forged form): sent as it is, and the api refuses it naming the field
            default -> Block.of(type);
        };
    }

    /**
     * An image from the media library (an asset id: src left out, a blank alt text means the asset's own) or by URL
     * (src and alt as typed, the api names what is wrong); its size travels unchanged, so a save loses nothing.
     */
    private Block image() {
        Long asset = longer(assetId);
        return asset == null
                ? Block.image(src, alt, blankToNull(caption), integer(width), integer(height), null)
                : Block.image(
                        blankToNull(src),
                        blankToNull(alt),
                        blankToNull(caption),
                        integer(width),
                        integer(height),
                        asset);
    }

    /**
     * The same block with its multi-line fields' line breaks as LF: a browser posts a textarea's line breaks as CRLF,
     * and a block is not changed by being posted back.
     */
    public BlockInput withLineFeeds() {
        return new BlockInput(
                type,
                level,
                text,
                lf(markdown),
                src,
                alt,
                caption,
                lf(items),
                ordered,
                url,
                attribution,
                itemId,
                width,
                height,
                assetId);
    }

    private static String lf(String value) {
        return value == null ? null : value.replace("\r\n", "\n");
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
