package dev.beacon.channel.kit.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.beacon.channel.conversation.ChannelProfile;
import dev.beacon.channel.conversation.Choice;
import dev.beacon.channel.conversation.Message;
import dev.beacon.channel.conversation.Outbound;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Every message of an answer within its channel's limits, as the platform would count them. */
public final class ProfileLimits {

    private ProfileLimits() {}

    public static void check(ChannelProfile p, Outbound out) {
        int numbered = 0;
        if (p.singleScreen()) {
            assertEquals(1, out.messages().size(), p.name() + " shows one screen per answer");
        }
        for (Message m : out.messages()) {
            String text = m.text() == null ? "" : m.text();
            if ("telegram".equals(p.name())) {
                telegramHtml(text);
            }
            assertTrue(p.fit().length(text) <= p.textMax(), p.name() + ": text over " + p.textMax() + ": " + text);
            if (m.kind() == Message.Kind.TEXT) {
                assertFalse(text.isBlank(), p.name() + ": an empty message");
            }
            if (m.kind() == Message.Kind.CHOICES) {
                assertFalse(m.choices().isEmpty(), p.name() + ": a choice message without choices");
                switch (m.style()) {
                    case BUTTONS -> {
                        assertFalse(p.numberedMenusOnly(), p.name() + " has no buttons");
                        assertTrue(m.choices().size() <= p.buttonsMax(), p.name() + ": too many buttons");
                        assertTrue(p.fit().length(text) <= p.interactiveBodyMax(), p.name() + ": body too long");
                        for (Choice c : m.choices()) {
                            assertTrue(p.fit().length(c.label()) <= p.buttonTitleMax(), "button title: " + c.label());
                        }
                    }
                    case LIST -> {
                        assertTrue(p.listRowsMax() > 0, p.name() + " has no lists");
                        assertTrue(m.choices().size() <= p.listRowsMax(), p.name() + ": too many rows");
                        assertTrue(p.fit().length(text) <= p.interactiveBodyMax(), p.name() + ": body too long");
                        for (Choice c : m.choices()) {
                            assertTrue(p.fit().length(c.label()) <= p.listRowTitleMax(), "row title: " + c.label());
                            assertTrue(
                                    c.description() == null
                                            || p.fit().length(c.description()) <= p.listRowDescriptionMax(),
                                    "row description: " + c.description());
                        }
                    }
                    case NUMBERED -> numbered++;
                }
                for (Choice c : m.choices()) {
                    assertTrue(
                            c.payload().getBytes(StandardCharsets.UTF_8).length <= p.payloadMaxBytes(),
                            "payload too long: " + c.payload());
                }
            }
        }
        if (numbered > 0 && p.singleScreen()) {
            // One screen: its last lines are the menu, numbered on from the page before ("00 More", "0 Back" after).
            List<String> lines =
                    new ArrayList<>(List.of(out.messages().get(0).text().split("\n")));
            while (!lines.isEmpty() && lines.get(lines.size() - 1).matches("0{1,2} .*")) {
                lines.remove(lines.size() - 1);
            }
            int k = out.choices().size();
            assertTrue(lines.size() >= k, p.name() + ": fewer lines than choices in " + lines);
            List<String> menu = lines.subList(lines.size() - k, lines.size());
            int first = Integer.parseInt(menu.get(0).replaceFirst("^(\\d+)\\. .*$", "$1"));
            for (int i = 0; i < k; i++) {
                assertTrue(
                        menu.get(i).startsWith((first + i) + ". "),
                        p.name() + ": no line " + (first + i) + " in " + menu);
            }
        } else if (numbered > 0) {
            // A numbered menu may run over several messages; its numbers run on, one line per choice of the answer.
            String all = String.join(
                    "\n",
                    out.messages().stream()
                            .map(m -> m.text() == null ? "" : m.text())
                            .toList());
            for (int i = 1; i <= out.choices().size(); i++) {
                assertTrue(
                        all.contains("\n" + i + ". ") || all.startsWith(i + ". "),
                        p.name() + ": no line " + i + " in " + all);
            }
        } else if (p.numberedMenusOnly()) {
            assertTrue(out.choices().isEmpty(), p.name() + ": choices not in a numbered menu");
        }
    }

    /** Tags Telegram's HTML parse mode knows (Bot API, "HTML style"); anything else in {@code <…>} is refused. */
    private static final java.util.regex.Pattern TAG = java.util.regex.Pattern.compile(
            "</?(b|strong|i|em|u|ins|s|strike|del|code|pre|blockquote|tg-spoiler)>|<a href=\"[^\"<>]*\">|</a>");

    private static final java.util.regex.Pattern ENTITY =
            java.util.regex.Pattern.compile("&(lt|gt|amp|quot|#[0-9]+|#x[0-9a-fA-F]+);");

    /**
     * Text Telegram accepts with {@code parse_mode=HTML} and shows as meant: only its tags, and every {@code <},
     * {@code >} and {@code &} that is not part of one escaped (Telegram refuses the message otherwise: "can't parse
     * entities").
     */
    public static void telegramHtml(String text) {
        String rest = ENTITY.matcher(TAG.matcher(text).replaceAll("")).replaceAll("");
        assertFalse(
                rest.contains("<") || rest.contains(">") || rest.contains("&"),
                "telegram: not valid HTML for parse_mode=HTML (unescaped < > or &): " + text);
    }
}
