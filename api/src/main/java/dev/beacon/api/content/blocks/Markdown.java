package dev.beacon.api.content.blocks;

import java.util.Set;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.SoftLineBreak;
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
