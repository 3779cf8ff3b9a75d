package dev.beacon.api.content.blocks;

import java.util.Set;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.Emphasis;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * The Markdown subset of text blocks: inline only (emphasis, strong, code, links, line breaks). Block
 * syntax is off, because structure belongs in blocks; raw HTML is escaped and link targets are limited to
 * safe schemes, so what an editor writes can never become script in a page.
 */
public final class Markdown {

    private static final Parser PARSER =
            Parser.builder().enabledBlockTypes(Set.of()).build();
    private static final HtmlRenderer HTML =
            HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true).build();

    private Markdown() {}

    /** Safe inline HTML, without the wrapping paragraph (the block supplies the element). */
    public static String toHtml(String markdown) {
        String html = HTML.render(PARSER.parse(markdown)).strip();
        if (html.startsWith("<p>") && html.endsWith("</p>")) {
            html = html.substring(3, html.length() - 4);
        }
        return html;
    }

    /** How a chat platform writes inline markup; each method takes raw text and escapes it as the platform needs. */
    public interface InlineStyle {
        String text(String raw);

        String bold(String raw);

        String italic(String raw);

        String code(String raw);

        String link(String label, String url);
    }

    /**
     * The text with the platform's own inline markup (WhatsApp *bold*, Telegram HTML, …). Nested emphasis is
     * flattened to its outer style: chat markups nest poorly, and the words matter more.
     */
    public static String toStyled(String markdown, InlineStyle style) {
        StringBuilder out = new StringBuilder();
        Node node = PARSER.parse(markdown).getFirstChild();
        for (; node != null; node = node.getNext()) {
            styleChildren(node, style, out);
        }
        return out.toString().strip();
    }

    private static void styleChildren(Node parent, InlineStyle style, StringBuilder out) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNext()) {
            if (n instanceof Text t) {
                out.append(style.text(t.getLiteral()));
            } else if (n instanceof Code c) {
                out.append(style.code(c.getLiteral()));
            } else if (n instanceof HtmlInline h) {
                out.append(style.text(h.getLiteral()));
            } else if (n instanceof SoftLineBreak) {
                out.append(' ');
            } else if (n instanceof HardLineBreak) {
                out.append('\n');
            } else if (n instanceof StrongEmphasis) {
                out.append(style.bold(plain(n)));
            } else if (n instanceof Emphasis) {
                out.append(style.italic(plain(n)));
            } else if (n instanceof Link l) {
                // Only web links are written out; anything else (a site path, another scheme) keeps its words.
                String url = l.getDestination();
                out.append(
                        url != null && url.regionMatches(true, 0, "http", 0, 4) && url.contains("://")
                                ? style.link(plain(n), url)
                                : style.text(plain(n)));
            } else {
                styleChildren(n, style, out);
            }
        }
    }

    private static String plain(Node node) {
        StringBuilder text = new StringBuilder();
        node.accept(new AbstractVisitor() {
            @Override
            public void visit(Text t) {
                text.append(t.getLiteral());
            }

            @Override
            public void visit(Code c) {
                text.append(c.getLiteral());
            }

            @Override
            public void visit(SoftLineBreak b) {
                text.append(' ');
            }
        });
        return text.toString();
    }

    /** The words only: for chat channels, SMS, search and excerpts. */
    public static String toText(String markdown) {
        StringBuilder text = new StringBuilder();
        PARSER.parse(markdown).accept(new AbstractVisitor() {
            @Override
            public void visit(Text node) {
                text.append(node.getLiteral());
            }

            @Override
            public void visit(Code node) {
                text.append(node.getLiteral());
            }

            @Override
            public void visit(HtmlInline node) {
                // Plain text shows what the editor typed, markup included: it is text, never interpreted.
                text.append(node.getLiteral());
            }

            @Override
            public void visit(SoftLineBreak node) {
                text.append(' ');
            }

            @Override
            public void visit(HardLineBreak node) {
                text.append('\n');
            }
        });
        return text.toString().strip();
    }
}
