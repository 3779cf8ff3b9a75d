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

    /** An image of the api's media library: shown from its renditions (srcset), not through the resizing route. */
    public boolean library() {
        return block.renditions() != null && !block.renditions().isEmpty();
    }

    /**
     * The {@code srcset} of a library image in one format (webp or jpeg), as site paths served by
     * {@code images/MediaPages}: the widths up to twice the page's image width (a 2× screen), no wider.
     */
    public String srcset(String root, String format) {
        StringBuilder set = new StringBuilder();
        for (Block.Rendition r : block.renditions()) {
            if (r.format().equals(format) && r.width() <= maxWidth * 2) {
                if (!set.isEmpty()) {
                    set.append(", ");
                }
                set.append(root)
                        .append(sitePath(r.url()))
                        .append(' ')
                        .append(r.width())
                        .append('w');
            }
        }
        return set.toString();
    }

    /** The JPEG rendition closest to the page's image width, for browsers that do not read srcset. */
    public String fallbackSrc(String root) {
        Block.Rendition best = null;
        for (Block.Rendition r : block.renditions()) {
            if (r.format().equals("jpeg") && r.width() <= Math.max(maxWidth, 120)) {
                if (best == null || r.width() > best.width()) {
                    best = r;
                }
            }
        }
        return best == null ? "" : root + sitePath(best.url());
    }

    /** {@code /api/v1/sites/demo/media/5/ab…/320.webp} → {@code /media/5/ab…/320.webp}. */
    static String sitePath(String apiPath) {
        java.util.regex.Matcher m = RENDITION.matcher(apiPath);
        return m.find() ? m.group() : apiPath;
    }

    private static final java.util.regex.Pattern RENDITION =
            java.util.regex.Pattern.compile("/media/[0-9]+/[0-9a-f]{16}/[^/]+$");

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
