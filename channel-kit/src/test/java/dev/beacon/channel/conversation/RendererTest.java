package dev.beacon.channel.conversation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.beacon.channel.kit.testing.ProfileLimits;
import dev.beacon.text.InlineFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Fitting screens to each channel's real profile (module text's limits): the fallbacks, and a property test. */
class RendererTest {

    private static final Action HOME = Action.of(0, Op.HOME);

    private static List<Message> render(String channel, Screen screen) {
        return new Renderer(ChannelProfiles.of(channel)).render(screen, Action::body, "Choose one:");
    }

    private static Screen menu(int options, String label) {
        Screen.Builder screen = Screen.of(HOME).prompt("What would you like to read?");
        for (int i = 0; i < options; i++) {
            screen.option(label + " " + i, Action.of(0, Op.SECTION, i, 1));
        }
        return screen.build();
    }

    @Test
    void threeShortChoicesAreWhatsAppReplyButtons() {
        List<Message> out = render("whatsapp", menu(3, "Health"));
        assertEquals(1, out.size());
        assertEquals(Message.Style.BUTTONS, out.get(0).style());
        assertEquals("Health 0", out.get(0).choices().get(0).label());
    }

    @Test
    void aFourthChoiceOrALongLabelMakesAWhatsAppList() {
        assertEquals(
                Message.Style.LIST, render("whatsapp", menu(4, "Health")).get(0).style());
        Message list = render("whatsapp", menu(2, "A very long section title that goes on"))
                .get(0);
        assertEquals(Message.Style.LIST, list.style());
        // The row title is cut within 24; the whole label moves to the row's description.
        assertTrue(
                list.choices().get(0).label().length() <= 24,
                list.choices().get(0).label());
        assertEquals(
                "A very long section title that goes on 0",
                list.choices().get(0).description());
    }

    @Test
    void moreChoicesThanAListHoldsBecomeANumberedMenu() {
        Message menu = render("whatsapp", menu(11, "Topic")).get(0);
        assertEquals(Message.Style.NUMBERED, menu.style());
        assertTrue(menu.text().contains("1. Topic 0") && menu.text().contains("11. Topic 10"), menu.text());
        assertEquals(11, menu.choices().size(), "the payloads stay, for an adapter that resolves numbers itself");
    }

    @Test
    void messengerHasNoListsSoLongLabelsAreCutOnQuickRepliesAndFourteenChoicesAreNumbered() {
        Message replies =
                render("messenger", menu(5, "A very long section title")).get(0);
        assertEquals(Message.Style.BUTTONS, replies.style());
        assertTrue(replies.choices().stream().allMatch(c -> c.label().length() <= 20));
        assertEquals(
                Message.Style.NUMBERED,
                render("messenger", menu(14, "Topic")).get(0).style());
    }

    @ParameterizedTest
    @ValueSource(strings = {"sms", "ussd"})
    void smsAndUssdOnlyEverGetNumberedMenus(String channel) {
        for (int n = 1; n <= 9; n++) {
            List<Message> out = render(channel, menu(n, "Health"));
            Message last = out.get(out.size() - 1);
            assertEquals(Message.Style.NUMBERED, last.style());
            assertTrue(last.text().contains(n + ". Health " + (n - 1)), last.text());
        }
    }

    @Test
    void aUssdScreenKeepsTheMenuAndShortensTheText() {
        Screen screen = Screen.of(HOME)
                .text("word ".repeat(200))
                .prompt("Choose:")
                .option("Next page", HOME)
                .option("Menu", HOME)
                .build();
        List<Message> out = render("ussd", screen);
        assertEquals(1, out.size());
        assertTrue(
                out.get(0).text().endsWith("1. Next page\n2. Menu"), out.get(0).text());
        assertTrue(out.get(0).text().contains("..."));
    }

    @Test
    void aPortugueseUssdScreenIsWrittenInGsm7AndHoldsAsMuchAsAnEnglishOne() {
        Screen screen = Screen.of(HOME)
                .text("A saúde sexual também é informação: não tenhas vergonha de perguntar à enfermeira — ela está lá"
                        + " para ajudar, e a conversa é confidencial. ".repeat(3))
                .prompt("Escolhe:")
                .option("Relações 💬", HOME)
                .option("Saúde", HOME)
                .build();
        String text = render("ussd", screen).get(0).text();
        assertTrue(dev.beacon.text.Gsm7.isEncodable(text), text);
        assertTrue(text.endsWith("Escolhe:\n1. Relacoes\n2. Saude"), text);
        assertTrue(text.startsWith("A saude sexual também é informacao: nao tenhas"), text);
        // GSM-7: up to 182 characters, where UCS-2 would have allowed 80
        assertTrue(text.length() > 150 && text.length() <= 182, text.length() + ": " + text);
    }

    /** Random screens in Latin, Portuguese, Swahili and emoji-heavy text, on every channel: always within limits. */
    @ParameterizedTest
    @ValueSource(strings = {"whatsapp", "messenger", "telegram", "sms", "ussd"})
    void everyRenderedMessageIsWithinTheChannelsLimits(String channel) {
        ChannelProfile profile = ChannelProfiles.of(channel);
        Random random = new Random(channel.hashCode());
        for (int run = 0; run < 300; run++) {
            Screen.Builder screen = Screen.of(HOME);
            for (int p = random.nextInt(4); p > 0; p--) {
                screen.text(words(random, 1 + random.nextInt(random.nextBoolean() ? 30 : 900)));
            }
            screen.prompt(words(random, 1 + random.nextInt(random.nextInt(10) == 0 ? 400 : 12)));
            for (int o = random.nextInt(16); o > 0; o--) {
                screen.option(words(random, 1 + random.nextInt(8)), Action.of(0, Op.SECTION, o, 1));
            }
            List<Message> out = new Renderer(profile).render(screen.build(), Action::body, "Choose:");
            ProfileLimits.check(profile, new Outbound(out, null));
        }
    }

    /**
     * A USSD menu too long for one screen is paged, never cut short: for random menus (up to 16 choices of up to 8
     * words, in every sample language), the pages 0, 1, 2… each fit 182 as {@code Measure.USSD} counts, number the
     * choices on without a gap, offer "00 More" until the last and "0 Back" after the first, and together show every
     * choice exactly once.
     */
    @Test
    void aUssdMenuTooLongForOneScreenIsPagedAndNoChoiceIsLeftOut() {
        ChannelProfile ussd = ChannelProfiles.of("ussd");
        Random random = new Random(182);
        int pagedMenus = 0;
        for (int run = 0; run < 300; run++) {
            Screen.Builder builder = Screen.of(HOME).text(words(random, 1 + random.nextInt(40)));
            builder.prompt(words(random, 1 + random.nextInt(6)));
            int options = 1 + random.nextInt(16);
            for (int o = 0; o < options; o++) {
                builder.option(words(random, 1 + random.nextInt(8)), Action.of(0, Op.SECTION, o, 1));
            }
            Screen screen = builder.build();
            Renderer renderer = new Renderer(ussd, "More", "Back");
            int pages = renderer.menuPages(screen);
            List<String> payloads = new ArrayList<>();
            for (int page = 0; page < pages; page++) {
                List<Message> out = renderer.render(screen, Action::body, "Choose:", page);
                ProfileLimits.check(ussd, new Outbound(out, null));
                String text = out.get(0).text();
                assertTrue(dev.beacon.text.Measure.USSD.length(text) <= 182, text);
                assertEquals(page < pages - 1, text.contains("\n00 More"), text);
                assertEquals(page > 0, text.contains("\n0 Back"), text);
                for (Choice c : out.get(0).choices()) {
                    payloads.add(c.payload());
                    assertTrue(("\n" + text).contains("\n" + payloads.size() + ". "), payloads.size() + " in " + text);
                }
            }
            List<String> all =
                    screen.options().stream().map(o -> o.action().body()).toList();
            assertEquals(all, payloads, "every choice once, in order, over " + pages + " pages");
            pagedMenus += pages > 1 ? 1 : 0;
        }
        assertTrue(pagedMenus > 30, "the samples include menus that need paging: " + pagedMenus);
    }

    /**
     * Telegram: what people and the engine write is escaped for the parse mode (HTML by default, MarkdownV2 for an
     * adapter that sends that), every reserved character; a channel variant's markup from the API is sent as it is;
     * button labels are never escaped; a text that escaping lengthens past the limit is split more finely.
     */
    @Test
    void telegramTextIsEscapedForItsParseModeAndVariantMarkupIsKept() {
        ChannelProfile telegram = ChannelProfiles.of("telegram");
        String hostile = "<b>bold</b> & <a href=\"x\">me</a> 5 < 6 > 4 _*[]()~`#+-=|{}.! \\ &amp;";
        Screen screen = Screen.of(HOME)
                .markup("<b>Safe sex</b> &amp; you")
                .text(hostile)
                .prompt("Pick <one> & go.")
                .option("A & <B>", Action.of(0, Op.SECTION, 1, 1))
                .option("C", Action.of(0, Op.SECTION, 2, 1))
                .build();
        List<Message> html = new Renderer(telegram).render(screen, Action::body, "Choose one:");
        ProfileLimits.check(telegram, new Outbound(html, null));
        assertEquals("<b>Safe sex</b> &amp; you", html.get(0).text(), "variant markup as it is");
        assertEquals(
                "&lt;b&gt;bold&lt;/b&gt; &amp; &lt;a href=\"x\"&gt;me&lt;/a&gt; 5 &lt; 6 &gt; 4 _*[]()~`#+-=|{}.! \\ &amp;amp;",
                html.get(1).text());
        assertEquals("Pick &lt;one&gt; &amp; go.", html.get(2).text());
        assertEquals("A & <B>", html.get(2).choices().get(0).label(), "button text is not parsed");

        List<Message> md = new Renderer(telegram, "More", "Back", InlineFormat.TELEGRAM_MARKDOWN_V2)
                .render(Screen.of(HOME).text(hostile).prompt("1. Done!").build(), Action::body, "Choose:");
        assertEquals(
                "<b\\>bold</b\\> & <a href\\=\"x\"\\>me</a\\> 5 < 6 \\> 4 "
                        + "\\_\\*\\[\\]\\(\\)\\~\\`\\#\\+\\-\\=\\|\\{\\}\\.\\! \\\\ &amp;",
                md.get(0).text());
        // Every reserved character of MarkdownV2 is escaped: none stands alone.
        assertTrue(md.get(0)
                .text()
                .replaceAll("\\\\.", "")
                .chars()
                .noneMatch(c -> "_*[]()~`>#+-=|{}.!\\".indexOf(c) >= 0));

        // 3,000 ampersands are 15,000 characters once escaped: split so that each message is within 4,096.
        List<Message> long_ = new Renderer(telegram)
                .render(Screen.of(HOME).text("&".repeat(3000)).build(), Action::body, "Choose:");
        ProfileLimits.check(telegram, new Outbound(long_, null));
        assertEquals(
                "&amp;".repeat(3000),
                String.join("", long_.stream().map(Message::text).toList()),
                "nothing lost or doubled");
    }

    private static final String[][] WORDS = {
        {"health", "condoms", "stress", "friends", "school", "https://example.org/a/very/long/path?q=1"},
        {"saúde", "relações", "coração", "não", "também", "informação"},
        {"afya", "mahali", "pa", "kupima", "msongo", "mtihani"},
        {"😀", "👍🏽", "❤️", "👨‍👩‍👧‍👦", "🇲🇿", "ok👌"}
    };

    private static String words(Random random, int count) {
        String[] language = WORDS[random.nextInt(WORDS.length)];
        List<String> words = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            words.add(language[random.nextInt(language.length)] + (random.nextInt(12) == 0 ? "." : ""));
        }
        return String.join(" ", words);
    }
}
