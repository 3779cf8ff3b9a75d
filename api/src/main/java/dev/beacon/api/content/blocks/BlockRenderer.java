package dev.beacon.api.content.blocks;

import java.util.List;
import java.util.function.Function;

/** Renders editors' blocks into delivered blocks, once, at publish time. */
public final class BlockRenderer {

    private static final int EXCERPT_LENGTH = 200;

    private BlockRenderer() {}

    public static List<RenderedBlock> render(List<Block> blocks) {
        return render(blocks, id -> null);
    }

    /** {@code kindOf} names the type of an embedded item (poll, survey, competition). */
    public static List<RenderedBlock> render(List<Block> blocks, Function<Long, String> kindOf) {
        return blocks.stream().map(b -> render(b, kindOf)).toList();
    }

    public static RenderedBlock render(Block block) {
        return render(block, id -> null);
    }

    public static RenderedBlock render(Block block, Function<Long, String> kindOf) {
        // Java 17 has no pattern switch; the sealed interface still makes a missed type fail loudly.
        if (block instanceof Block.Embed e) {
            return RenderedBlock.embed(e.itemId(), kindOf.apply(e.itemId()));
        }
        if (block instanceof Block.Heading h) {
            return RenderedBlock.heading(h.level() == null ? 2 : h.level(), h.text());
        }
        if (block instanceof Block.Paragraph p) {
            return markdown("paragraph", p.markdown(), null);
        }
        if (block instanceof Block.Image i) {
            return RenderedBlock.image(i.src(), i.alt(), i.caption(), i.width(), i.height());
        }
        if (block instanceof Block.ListBlock l) {
            List<RenderedBlock.RenderedItem> items = l.items().stream()
                    .map(item -> new RenderedBlock.RenderedItem(Markdown.toText(item), Markdown.toHtml(item)))
                    .toList();
            return RenderedBlock.list(l.ordered(), items);
        }
        if (block instanceof Block.Link l) {
            return RenderedBlock.link(l.text(), l.url());
        }
        if (block instanceof Block.Quote q) {
            return markdown("quote", q.markdown(), q.attribution());
        }
        throw new IllegalArgumentException(
                "Unknown block type " + block.getClass().getSimpleName());
    }

    /** Markdown in both forms: a paragraph, or a quote with its attribution. */
    private static RenderedBlock markdown(String type, String markdown, String attribution) {
        return RenderedBlock.markdown(type, Markdown.toText(markdown), Markdown.toHtml(markdown), attribution);
    }

    /** The start of the first paragraph, cut at a word, for lists and link previews. */
    public static String excerpt(String subtitle, List<RenderedBlock> blocks) {
        String source = blocks.stream()
                .filter(b -> b.type().equals("paragraph"))
                .map(RenderedBlock::text)
                .findFirst()
                .orElse(subtitle == null ? "" : subtitle);
        if (source.length() <= EXCERPT_LENGTH) {
            return source;
        }
        int cut = source.lastIndexOf(' ', EXCERPT_LENGTH - 1);
        return source.substring(0, cut > 0 ? cut : EXCERPT_LENGTH - 1) + "…";
    }
}
