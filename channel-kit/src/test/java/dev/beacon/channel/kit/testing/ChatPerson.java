package dev.beacon.channel.kit.testing;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.beacon.channel.conversation.Choice;
import dev.beacon.channel.conversation.Inbound;
import dev.beacon.channel.conversation.Message;
import dev.beacon.channel.conversation.Outbound;
import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * One person in a scripted conversation, doing what an adapter would do for them: it keeps the last answer's context
 * and hands it back, taps buttons by their label (sending the number instead on channels with numbered menus only,
 * as a person on SMS or USSD types it), and checks that every answer is within the channel's limits
 * ({@link ProfileLimits}). Each step returns the bot's answer for assertions:
 * {@code person.sends("menu").says("Have your say").offers("Health")}.
 */
public final class ChatPerson {

    private final ConversationHarness harness;
    private final String site;
    private final String identity;
    private Outbound last;

    ChatPerson(ConversationHarness harness, String site, String identity) {
        this.harness = harness;
        this.site = site;
        this.identity = identity;
    }

    public String identity() {
        return identity;
    }

    public String site() {
        return site;
    }

    /** The context an adapter would keep: the last answer's. */
    public String context() {
        return last == null ? null : last.context();
    }

    /** The last answer, to assert on again. */
    public Reply last() {
        assertNotNull(last, "no answer yet");
        return new Reply(last);
    }

    /** Whether the last answer offers a choice labelled {@code label} (or shortened from it). */
    public boolean isOffered(String label) {
        return last != null && last.choices().stream().anyMatch(c -> matches(c.label(), label));
    }

    public Reply firstContact(String localeHint) {
        return answer(Inbound.firstContact(site, identity, localeHint));
    }

    /** A photo, a voice note, a sticker: what the engine cannot read. */
    public Reply sendsAttachment() {
        return answer(new Inbound(
                site,
                identity.substring(0, identity.indexOf(":")),
                identity,
                Inbound.Kind.ATTACHMENT,
                null,
                null,
                null,
                context()));
    }

    public Reply sends(String text) {
        return answer(Inbound.text(site, identity, text, context()));
    }

    /** Taps the choice whose label starts with {@code label} (ignoring case and accents) in the last answer. */
    public Reply taps(String label) {
        assertNotNull(last, "nothing to tap yet");
        List<Choice> choices = last.choices();
        for (int i = 0; i < choices.size(); i++) {
            if (matches(choices.get(i).label(), label)) {
                if (numberedOnly()) {
                    return sends(Integer.toString(i + 1));
                }
                return answer(Inbound.tap(site, identity, choices.get(i).payload(), context()));
            }
        }
        return fail("no choice '" + label + "' in " + labels(choices) + "; messages: " + texts(last));
    }

    /**
     * Sends text with a context of the caller's choosing instead of the last answer's: an adapter's stale, expired or
     * tampered context.
     */
    public Reply sendsWithContext(String text, String context) {
        return answer(Inbound.text(site, identity, text, context));
    }

    /** Sends a payload as is: what a person crafting or replaying a button would send. */
    public Reply sendsPayload(String payload) {
        return answer(Inbound.tap(site, identity, payload, context()));
    }

    /** The payload of a choice of the last answer, to replay it elsewhere. */
    public String payloadOf(String label) {
        return last.choices().stream()
                .filter(c -> matches(c.label(), label))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no choice '" + label + "' in " + labels(last.choices())))
                .payload();
    }

    private boolean numberedOnly() {
        return harness.profile().numberedMenusOnly();
    }

    private Reply answer(Inbound in) {
        Outbound out = harness.engine().handle(in);
        ProfileLimits.check(harness.profile(), out);
        assertFalse(out.messages().isEmpty(), "the bot answered nothing to " + in);
        for (Message m : out.messages()) {
            String text = m.text() == null ? "" : m.text();
            assertFalse(
                    text.contains("Exception") || text.contains("dev.beacon") || text.contains("java."),
                    "a Java error reached the person: " + text);
        }
        last = out;
        return new Reply(out);
    }

    static boolean matches(String label, String wanted) {
        String a = normal(label);
        String b = normal(wanted);
        // Reaction labels start with their emoji ("👍 Helpful"); shortened labels end with an ellipsis.
        return a.equals(b)
                || a.startsWith(b)
                || a.replaceFirst("^\\P{L}+", "").startsWith(b)
                || (a.endsWith("...") || a.endsWith("…")) && b.startsWith(trimmed(a));
    }

    private static String trimmed(String label) {
        return label.replaceAll("(\\.\\.\\.|…)$", "");
    }

    private static String normal(String s) {
        return Normalizer.normalize(s.toLowerCase(Locale.ROOT), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .strip();
    }

    static String labels(List<Choice> choices) {
        return choices.stream().map(Choice::label).collect(Collectors.joining(" | ", "[", "]"));
    }

    static String texts(Outbound out) {
        return out.messages().stream()
                .map(m -> m.text() == null ? "" : m.text())
                .collect(Collectors.joining(" // "));
    }

    /** The bot's answer to one step, with assertions that name what was there instead. */
    public static final class Reply {
        private final Outbound out;

        Reply(Outbound out) {
            this.out = out;
        }

        public Outbound outbound() {
            return out;
        }

        public String text() {
            return texts(out);
        }

        /** Some message contains {@code words} (ignoring case and accents: USSD writes "Saúde" as "Saude"). */
        public Reply says(String words) {
            assertTrue(normal(text()).contains(normal(words)), "expected '" + words + "' in: " + text());
            return this;
        }

        public Reply doesNotSay(String words) {
            assertFalse(normal(text()).contains(normal(words)), "did not expect '" + words + "' in: " + text());
            return this;
        }

        /** A choice labelled {@code label} (or shortened from it) is offered. */
        public Reply offers(String label) {
            assertTrue(
                    out.choices().stream().anyMatch(c -> matches(c.label(), label)),
                    "expected a choice '" + label + "' in " + labels(out.choices()) + "; messages: " + text());
            return this;
        }

        public Reply doesNotOffer(String label) {
            assertFalse(
                    out.choices().stream().anyMatch(c -> matches(c.label(), label)),
                    "did not expect a choice '" + label + "' in " + labels(out.choices()));
            return this;
        }
    }
}
