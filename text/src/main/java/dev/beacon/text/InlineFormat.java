package dev.beacon.text;

import java.util.StringJoiner;

/**
 * Inline formatting in each platform's own markup. Every method takes plain text and returns markup that shows that
 * text literally (escaped where the markup has escapes). Split plain text first, then format each part: a cut inside
 * markup would break it.
 */
public enum InlineFormat {

    /**
     * WhatsApp: {@code *bold*}, {@code _italic_}, {@code ```monospace```}. WhatsApp has no escape character, so text is
     * passed through; bold and italic markers hug the text of each line (WhatsApp ignores {@code * bold *} and markers
     * across a line break), spaces stay outside them.
     */
    WHATSAPP {
        @Override
        public String text(String s) {
            return s;
        }

        @Override
        public String bold(String s) {
            return hugLines("*", s);
        }

        @Override
        public String italic(String s) {
            return hugLines("_", s);
        }

        @Override
        public String code(String s) {
            return hug("```", s);
        }

        @Override
        public String link(String label, String url) {
            return writtenOut(label, url);
        }
    },

    /** Telegram's HTML parse mode: {@code <b>}, {@code <i>}, {@code <code>}, {@code <a href>}; &lt; &gt; &amp; escaped. */
    TELEGRAM_HTML {
        @Override
        public String text(String s) {
            return html(s, false);
        }

        @Override
        public String bold(String s) {
            return "<b>" + html(s, false) + "</b>";
        }

        @Override
        public String italic(String s) {
            return "<i>" + html(s, false) + "</i>";
        }

        @Override
        public String code(String s) {
            return "<code>" + html(s, false) + "</code>";
        }

        @Override
        public String link(String label, String url) {
            return "<a href=\"" + html(url, true) + "\">" + html(label, false) + "</a>";
        }
    },

    /**
     * Telegram's MarkdownV2: every reserved character {@code _ * [ ] ( ) ~ ` > # + - = | { } . !} and {@code \} is
     * escaped with {@code \}; inside code only {@code `} and {@code \}; inside a link's URL only {@code )} and {@code \}.
     */
    TELEGRAM_MARKDOWN_V2 {
        @Override
        public String text(String s) {
            return escape(s, MARKDOWN_V2_RESERVED);
        }

        @Override
        public String bold(String s) {
            return "*" + text(s) + "*";
        }

        @Override
        public String italic(String s) {
            return "_" + text(s) + "_";
        }

        @Override
        public String code(String s) {
            return "`" + escape(s, "`\\") + "`";
        }

        @Override
        public String link(String label, String url) {
            return "[" + text(label) + "](" + escape(url, ")\\") + ")";
        }
    },

    /** No markup (SMS, USSD, Messenger): text as is, links written out as {@code label (url)}. */
    PLAIN {
        @Override
        public String text(String s) {
            return s;
        }

        @Override
        public String bold(String s) {
            return s;
        }

        @Override
        public String italic(String s) {
            return s;
        }

        @Override
        public String code(String s) {
            return s;
        }

        @Override
        public String link(String label, String url) {
            return writtenOut(label, url);
        }
    };

    // source: https://core.telegram.org/bots/api#markdownv2-style
    static final String MARKDOWN_V2_RESERVED = "_*[]()~`>#+-=|{}.!\\";

    /** Plain text as markup that shows it literally. */
    public abstract String text(String s);

    public abstract String bold(String s);

    public abstract String italic(String s);

    /** Monospace. */
    public abstract String code(String s);

    /** A link; formats without link markup write the URL out: {@code label (url)}, or just the URL when they match. */
    public abstract String link(String label, String url);

    /** The format a platform's derived text uses: Telegram gets HTML (the simplest to escape correctly). */
    public static InlineFormat of(Platform platform) {
        return switch (platform) {
            case WHATSAPP -> WHATSAPP;
            case TELEGRAM -> TELEGRAM_HTML;
            case MESSENGER, SMS, USSD -> PLAIN;
        };
    }

    private static String writtenOut(String label, String url) {
        if (label == null || label.isBlank() || label.strip().equals(url)) {
            return url;
        }
        return label + " (" + url + ")";
    }

    private static String hugLines(String marker, String s) {
        StringJoiner out = new StringJoiner("\n");
        for (String line : s.split("\n", -1)) {
            out.add(hug(marker, line));
        }
        return out.toString();
    }

    /** Wraps the non-blank core of {@code s} in {@code marker}, leaving surrounding whitespace outside. */
    private static String hug(String marker, String s) {
        String core = s.strip();
        if (core.isEmpty()) {
            return s;
        }
        int start = s.indexOf(core);
        return s.substring(0, start) + marker + core + marker + s.substring(start + core.length());
    }

    // source: https://core.telegram.org/bots/api#html-style (<, > and & must be written as entities)
    private static String html(String s, boolean attribute) {
        StringBuilder out = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append(attribute ? "&quot;" : "\"");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    private static String escape(String s, String reserved) {
        StringBuilder out = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (reserved.indexOf(c) >= 0) {
                out.append('\\');
            }
            out.append(c);
        }
        return out.toString();
    }
}
