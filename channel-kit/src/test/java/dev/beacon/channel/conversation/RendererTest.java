package dev.beacon.channel.conversation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.beacon.channel.kit.testing.ProfileLimits;
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
