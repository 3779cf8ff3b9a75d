package dev.beacon.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class InlineFormatTest {

    static final String HOSTILE = "*_[]()~`>#+-=|{}.!\\";

    @Test
    void markdownV2EscapesEveryReservedCharacterAndTheBackslash() {
        assertEquals(
                "\\*\\_\\[\\]\\(\\)\\~\\`\\>\\#\\+\\-\\=\\|\\{\\}\\.\\!\\\\",
                InlineFormat.TELEGRAM_MARKDOWN_V2.text(HOSTILE));
        assertEquals("Price: 5\\.00 \\(ok\\)\\!", InlineFormat.TELEGRAM_MARKDOWN_V2.text("Price: 5.00 (ok)!"));
        assertEquals("Olá, 👋 mundo", InlineFormat.TELEGRAM_MARKDOWN_V2.text("Olá, 👋 mundo"));
    }

    @Test
    void markdownV2EntitiesEscapeTheirContent() {
        InlineFormat md = InlineFormat.TELEGRAM_MARKDOWN_V2;
        assertEquals("*a\\*b*", md.bold("a*b"));
        assertEquals("_snake\\_case_", md.italic("snake_case"));
        assertEquals("`a\\`b\\\\c*d`", md.code("a`b\\c*d"));
    }

    @Test
    void markdownV2LinksEscapeOnlyParenthesisAndBackslashInTheUrl() {
        assertEquals(
                "[Read \\(part 2\\)](https://x.org/a_(b\\)?c=d\\\\e)",
                InlineFormat.TELEGRAM_MARKDOWN_V2.link("Read (part 2)", "https://x.org/a_(b)?c=d\\e"));
    }

    @Test
    void telegramHtmlEscapesTextAndAttributes() {
        InlineFormat html = InlineFormat.TELEGRAM_HTML;
        assertEquals("a &lt;b&gt; &amp; \"c\"", html.text("a <b> & \"c\""));
        assertEquals("<b>1 &lt; 2</b>", html.bold("1 < 2"));
        assertEquals("<i>Tom &amp; Jerry</i>", html.italic("Tom & Jerry"));
        assertEquals("<code>&lt;/code&gt;</code>", html.code("</code>"));
        assertEquals(
                "<a href=\"https://x.org/?a=1&amp;b=&quot;2&quot;\">R&amp;D &lt;now&gt;</a>",
                html.link("R&D <now>", "https://x.org/?a=1&b=\"2\""));
        assertEquals("*_[]()~`&gt;#+-=|{}.!\\", html.text(HOSTILE));
    }

    @Test
    void whatsappMarkersHugTheTextAndLeaveSpacesOutside() {
        InlineFormat wa = InlineFormat.WHATSAPP;
        assertEquals("*Habari*", wa.bold("Habari"));
        assertEquals(" _ola_ ", wa.italic(" ola "));
        assertEquals("```x = 1```", wa.code("x = 1"));
        assertEquals("  ", wa.bold("  "));
        assertEquals("2*3", wa.text("2*3"));
        assertEquals("*Habari*\n\n*yako* ", wa.bold("Habari\n\nyako "));
    }

    @Test
    void formatsWithoutLinkMarkupWriteTheUrlOut() {
        assertEquals("Consent (https://x.org/c)", InlineFormat.WHATSAPP.link("Consent", "https://x.org/c"));
        assertEquals("Consent (https://x.org/c)", InlineFormat.PLAIN.link("Consent", "https://x.org/c"));
        assertEquals("https://x.org/c", InlineFormat.PLAIN.link("https://x.org/c", "https://x.org/c"));
        assertEquals("https://x.org/c", InlineFormat.PLAIN.link(" ", "https://x.org/c"));
    }

    @Test
    void plainFormatLeavesTextAlone() {
        assertEquals(HOSTILE, InlineFormat.PLAIN.text(HOSTILE));
        assertEquals("bold", InlineFormat.PLAIN.bold("bold"));
        assertEquals("it", InlineFormat.PLAIN.italic("it"));
        assertEquals("c", InlineFormat.PLAIN.code("c"));
    }

    @Test
    void eachPlatformHasItsFormat() {
        assertEquals(InlineFormat.WHATSAPP, InlineFormat.of(Platform.WHATSAPP));
        assertEquals(InlineFormat.TELEGRAM_HTML, InlineFormat.of(Platform.TELEGRAM));
        assertEquals(InlineFormat.PLAIN, InlineFormat.of(Platform.MESSENGER));
        assertEquals(InlineFormat.PLAIN, InlineFormat.of(Platform.SMS));
        assertEquals(InlineFormat.PLAIN, InlineFormat.of(Platform.USSD));
    }
}
