package dev.beacon.api.comments;

import java.util.regex.Pattern;

/** Text people write, offered as markup: every character that could open markup is escaped, line breaks become {@code <br>}. */
public final class CommentText {

    private static final Pattern LINE_BREAK = Pattern.compile("\r\n|\r|\n");

    private CommentText() {
    }

    public static String html(String text) {
        if (text == null) {
            return null;
        }
        StringBuilder sb = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&#39;");
                default -> sb.append(c);
            }
        }
        return LINE_BREAK.matcher(sb).replaceAll("<br>");
    }
}
