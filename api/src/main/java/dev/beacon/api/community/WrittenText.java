package dev.beacon.api.community;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * What people write is stored exactly as written and only ever becomes markup through here: escaped for HTML
 * when a response offers markup, escaped for Markdown when staff turn it into an article. Used by comments, tips and stories.
 */
public final class WrittenText {

    private static final Pattern LINE_BREAK = Pattern.compile("\r\n|\r|\n");

    private WrittenText() {}

    /** The text as HTML that shows it literally: a written {@code <script>} stays text. Every line break (CRLF, CR or LF) becomes {@code <br>}. */
    public static String html(String text) {
        if (text == null) {
            return null;
        }
        StringBuilder sb = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '&' -> sb.append("&amp;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&#39;");
                default -> sb.append(c);
            }
        }
        return LINE_BREAK.matcher(sb).replaceAll("<br>");
    }

    /** Markdown that renders to exactly this text: every ASCII punctuation mark is backslash-escaped (CommonMark). */
    public static String markdown(String text) {
        StringBuilder sb = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 128 && isPunctuation(c)) {
                sb.append('\\');
            }
            sb.append(c);
        }
        return sb.toString();
    }

    /**
     * A long text as Markdown paragraphs of at most {@code max} characters each: split at blank lines, and a
     * paragraph longer than that at the last space that fits (never inside an escape).
     */
    public static List<String> markdownParagraphs(String text, int max) {
        List<String> result = new ArrayList<>();
        for (String paragraph : text.replace("\r\n", "\n").split("\\n\\s*\\n")) {
            if (paragraph.isBlank()) {
                continue;
            }
            String md = markdown(paragraph.strip());
            while (md.length() > max) {
                int cut = md.lastIndexOf(' ', max);
                if (cut <= 0) {
                    cut = max;
                }
                if (md.charAt(cut - 1) == '\\') {
                    cut--;
                }
                result.add(md.substring(0, cut).strip());
                md = md.substring(cut).strip();
            }
            if (!md.isBlank()) {
                result.add(md);
            }
        }
        return result;
    }

    /** A one-line title from a text: its first line, cut at a word before {@code max} characters. */
    public static String title(String text, int max) {
        String line = text.strip().split("\\R", 2)[0].strip();
        if (line.length() <= max) {
            return line;
        }
        int cut = line.lastIndexOf(' ', max - 1);
        return (cut > max / 2 ? line.substring(0, cut) : line.substring(0, max - 1)).strip() + "…";
    }

    private static boolean isPunctuation(char c) {
        return (c >= '!' && c <= '/') || (c >= ':' && c <= '@') || (c >= '[' && c <= '`') || (c >= '{' && c <= '~');
    }
}
