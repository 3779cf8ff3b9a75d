package dev.beacon.channel.web.view;

import dev.beacon.channel.kit.model.Block;
import java.util.List;

/**
 * A block as the page shows it, with its {@code index} in the item's body. Images are drawn at most
 * {@code maxWidth} CSS pixels wide (the width the page asks the resizing route for), with the height scaled to keep
 * the ratio so the page does not jump.
 */
public record BlockView(Block block, int index, int maxWidth) {

    public static final int MAX_WIDTH = 320;

    public String type() {
        return block.type();
    }

    /** {@code h2}–{@code h4}: the page title is the only {@code h1}. */
    public String headingTag() {
        int level = block.level() == null ? 2 : Math.max(2, Math.min(4, block.level()));
        return "h" + level;
    }

    public int width() {
        Integer w = block.width();
        return w == null || w <= 0 ? maxWidth : Math.min(w, maxWidth);
    }

    /** The scaled height, or 0 when the editor gave no size (then the attribute is left out). */
    public int height() {
        Integer w = block.width();
        Integer h = block.height();
        if (w == null || h == null || w == 0) {
            return 0;
        }
        return (int) Math.round(h * (double) width() / w);
    }

    public String alt() {
        return block.alt() == null ? "" : block.alt();
    }

    /** A link to a path of this site ({@code /health/tips}) rather than to another site. */
    public boolean internal() {
        return block.url() != null
                && block.url().startsWith("/")
                && !block.url().startsWith("//");
    }

    public boolean ordered() {
        return Boolean.TRUE.equals(block.ordered());
    }

    public List<Block.Item> items() {
        return block.items() == null ? List.of() : block.items();
    }

    /** The embedded item's id as a link segment ({@code type} embed). */
    public String embedRef() {
        return block.itemId() == null ? "" : String.valueOf(block.itemId());
    }

    public static List<BlockView> of(List<Block> blocks) {
        return of(blocks, MAX_WIDTH);
    }

    public static List<BlockView> of(List<Block> blocks, int maxWidth) {
        if (blocks == null) {
            return List.of();
        }
        return java.util.stream.IntStream.range(0, blocks.size())
                .mapToObj(i -> new BlockView(blocks.get(i), i, maxWidth))
                .toList();
    }
}
