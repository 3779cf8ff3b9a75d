package dev.beacon.api.content.channels;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.beacon.api.content.ContentType;
import dev.beacon.api.content.blocks.Block;
import dev.beacon.api.shared.error.Problem.FieldError;
import dev.beacon.text.Gsm7;
import dev.beacon.text.Platform;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Derived variants: each platform's markup, nothing over a limit, pages that end in "more", nothing lost. */
class ChannelDeriverTest {

    private static final List<Block> FORMATTED = List.of(
            new Block.Heading(2, "Before the exam"),
            new Block.Paragraph("Sleep **eight hours** & eat _well_. Read [the guide](https://example.org/g?a=1&b=2)."),
            new Block.ListBlock(false, List.of("Plan your week", "Take **short** breaks")),
            new Block.Quote("Rest is part of work.", "A nurse"),
            new Block.Link("https://example.org/help", "Get help"));

    @Test
    void whatsappGetsItsOwnBoldAndItalicAndLinksWrittenOut() {
        String text = derive(Platform.WHATSAPP, FORMATTED).get(0).text();
        assertEquals(
                "*Exam tips*\n\n*Before the exam*\n\nSleep *eight hours* & eat _well_. Read the guide"
                        + " (https://example.org/g?a=1&b=2).\n\n• Plan your week\n• Take *short* breaks\n\n"
                        + "“Rest is part of work.”\n— A nurse\n\nGet help (https://example.org/help)",
                text);
    }

    @Test
    void telegramGetsEscapedHtml() {
        String text = derive(Platform.TELEGRAM, FORMATTED).get(0).text();
        assertTrue(
                text.startsWith("<b>Exam tips</b>\n\n<b>Before the exam</b>\n\nSleep <b>eight hours</b> &amp; eat"
                        + " <i>well</i>. Read <a href=\"https://example.org/g?a=1&amp;b=2\">the guide</a>."),
                text);
    }

    @Test
    void smsAndMessengerGetPlainTextAndUssdOnlyGsm7() {
        for (Platform p : List.of(Platform.MESSENGER, Platform.SMS, Platform.USSD)) {
            String text = join(derive(p, FORMATTED));
            assertFalse(text.contains("*") || text.contains("<b>"), p + ": " + text);
            assertTrue(
                    text.contains("Sleep eight hours & eat well. Read the guide (https://example.org/g?a=1&b=2)."),
                    p + ": " + text);
        }
        List<Block> portuguese =
                List.of(new Block.Paragraph("Consentimento é um “sim” claro… e não há pressão — nunca."));
        String ussd = join(derive(Platform.USSD, portuguese));
        assertTrue(Gsm7.isEncodable(ussd), ussd);
        assertTrue(ussd.contains("Consentimento é um \"sim\" claro... e nao ha pressao - nunca."), ussd);
        assertTrue(join(derive(Platform.SMS, FORMATTED)).contains("- Plan your week"), "SMS bullets stay GSM-7");
    }

    @Test
    void imagesAreImageMessagesInChatAndOnlyTheirCaptionInSmsAndUssd() {
        List<Block> body = List.of(
                new Block.Paragraph("Before."),
                new Block.Image("https://example.org/a.png", "A desk", "Your desk", null, null),
                new Block.Paragraph("After."));
        List<ChannelResponse.Message> whatsapp = derive(Platform.WHATSAPP, body);
        assertEquals(3, whatsapp.size());
        assertEquals(
                new ChannelResponse.Image("https://example.org/a.png", "A desk"),
                whatsapp.get(1).image());
        assertEquals("Your desk", whatsapp.get(1).text());
        List<ChannelResponse.Message> sms = derive(Platform.SMS, body);
        assertEquals(1, sms.size());
        assertEquals("Exam tips\n\nBefore.\n\nYour desk\n\nAfter.", sms.get(0).text());
        assertNull(sms.get(0).image());
    }

    @Test
    void anEmbeddedPollBecomesAnOpenButtonAndAnUnpublishedOneIsLeftOut() {
        List<Block> body = List.of(new Block.Paragraph("Tell us."), new Block.Embed(7L), new Block.Embed(8L));
        List<ChannelResponse.Message> messages = ChannelDeriver.derive(
                Platform.WHATSAPP,
                "pt",
                "Dicas",
                body,
                id -> id == 7 ? new ChannelDeriver.Embedded(7, ContentType.poll, "Onde te informas?") : null,
                3);
        assertEquals(2, messages.size());
        assertEquals("*Onde te informas?*", messages.get(1).text());
        assertEquals(
                List.of(new ChannelResponse.Button("Votar", "open", 7L)),
                messages.get(1).buttons());
    }

    /** Long texts in several scripts: every channel's messages pass the checks of written ones, and nothing is lost. */
    @Test
    void everyDerivedMessageIsWithinItsLimitPagedWithMoreAndLosesNothing() {
        Random random = new Random(10);
        String[] words = {
            "saúde",
            "consentimento",
            "habari",
            "rafiki",
            "health",
            "😀",
            "👍🏽",
            "€",
            "[x]",
            "naïve",
            "https://example.org/a",
            "Sleep.",
            "Ndiyo!",
            "Não?",
            "word"
        };
        for (int round = 0; round < 20; round++) {
            List<Block> body = new ArrayList<>();
            for (int p = 0; p < 1 + random.nextInt(12); p++) {
                StringBuilder sb = new StringBuilder();
                for (int w = 0; w < 1 + random.nextInt(400); w++) {
                    sb.append(w == 0 ? "" : " ").append(words[random.nextInt(words.length)]);
                }
                body.add(new Block.Paragraph(sb.toString()));
            }
            for (Platform platform : Platform.values()) {
                for (int parts : new int[] {1, 3}) {
                    List<ChannelResponse.Message> messages = derive(platform, body, parts);
                    List<FieldError> errors = new ArrayList<>();
                    for (int i = 0; i < messages.size(); i++) {
                        ChannelRules.check(platform, written(messages.get(i)), "m[" + i + "]", parts, errors);
                    }
                    assertEquals(List.of(), errors, platform + " round " + round);
                    assertPaged(platform, messages);
                    if (platform != Platform.USSD) {
                        assertEquals(
                                words(plain(body)), words(join(messages)), platform + ": every word once, in order");
                    }
                }
            }
        }
    }

    private static void assertPaged(Platform platform, List<ChannelResponse.Message> messages) {
        int inPage = 0;
        for (int i = 0; i < messages.size(); i++) {
            inPage++;
            boolean more = messages.get(i).buttons() != null
                    && messages.get(i).buttons().stream()
                            .anyMatch(b -> b.action().equals("more"));
            assertTrue(inPage <= ChannelDeriver.paging(platform).messages(), platform + ": page too long");
            if (more) {
                inPage = 0;
            }
            if (i == messages.size() - 1) {
                assertFalse(more, platform + ": the last message has no more");
            }
        }
    }

    private static ChannelMessage written(ChannelResponse.Message m) {
        return new ChannelMessage(
                m.text(),
                m.image() == null
                        ? null
                        : new ChannelMessage.Image(
                                null, m.image().url(), m.image().alt()),
                m.buttons() == null
                        ? null
                        : m.buttons().stream()
                                .map(b -> new ChannelMessage.Button(
                                        b.title(), ButtonAction.valueOf(b.action()), b.itemId()))
                                .toList());
    }

    private static List<String> words(String s) {
        return List.of(s.replace("*", "").replace("<b>", "").replace("</b>", "").split("\\s+"));
    }

    private static String plain(List<Block> body) {
        StringBuilder sb = new StringBuilder("Exam tips");
        body.forEach(b -> sb.append(' ').append(((Block.Paragraph) b).markdown()));
        return sb.toString();
    }

    private static String join(List<ChannelResponse.Message> messages) {
        return String.join(
                " ",
                messages.stream().map(m -> m.text() == null ? "" : m.text()).toList());
    }

    private static List<ChannelResponse.Message> derive(Platform platform, List<Block> body) {
        return derive(platform, body, 3);
    }

    private static List<ChannelResponse.Message> derive(Platform platform, List<Block> body, int smsParts) {
        return ChannelDeriver.derive(platform, "en", "Exam tips", body, id -> null, smsParts);
    }
}
