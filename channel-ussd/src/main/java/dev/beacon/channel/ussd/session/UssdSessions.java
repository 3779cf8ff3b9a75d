package dev.beacon.channel.ussd.session;

import dev.beacon.channel.conversation.Action;
import dev.beacon.channel.conversation.Choice;
import dev.beacon.channel.conversation.ConversationEngine;
import dev.beacon.channel.conversation.Inbound;
import dev.beacon.channel.conversation.Message;
import dev.beacon.channel.conversation.Op;
import dev.beacon.channel.conversation.Outbound;
import dev.beacon.channel.conversation.PayloadCodec;
import dev.beacon.channel.conversation.Renderer;
import dev.beacon.channel.conversation.Texts;
import dev.beacon.channel.kit.BeaconDelivery;
import dev.beacon.channel.kit.chat.ChatStore;
import dev.beacon.channel.kit.model.Site;
import dev.beacon.channel.kit.model.SiteLocale;
import dev.beacon.channel.ussd.config.PhoneNumbers;
import dev.beacon.channel.ussd.sms.ArticleBySms;
import dev.beacon.channel.ussd.sms.SmsBeans;
import dev.beacon.text.Gsm7;
import dev.beacon.text.Platform;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Answers one step of a USSD session. The operator sends the whole history of the session's inputs ({@code 1*2*3})
 * with every step; the screen a step answers is the one the history before it led to. That screen's context (the
 * engine's signed token) is kept in the shared store under the session and the history's hash, so any replica
 * answers any step; when it is not there (another replica without shared Redis, or a restart) the history is
 * replayed through the engine from the first screen. {@code 0} is "back" and {@code 00} "more" on every screen.
 */
public final class UssdSessions {

    /** The engine's channel and profile: one screen of ≤ 182 GSM-7 characters, numbered menus. */
    public static final String CHANNEL = "ussd";

    /** Typed on an article's screen: "send me the full article by SMS". */
    public static final String SMS_KEY = "99";

    private final ConversationEngine engine;
    private final ChatStore store;
    private final BeaconDelivery delivery;
    private final Duration ttl;
    private final int maxSteps;
    private final PayloadCodec codec;
    private final Optional<SmsBeans.Sms> sms;

    public UssdSessions(
            ConversationEngine engine,
            ChatStore store,
            BeaconDelivery delivery,
            Duration ttl,
            int maxSteps,
            PayloadCodec codec,
            Optional<SmsBeans.Sms> sms) {
        this.engine = engine;
        this.store = store;
        this.delivery = delivery;
        this.ttl = ttl;
        this.maxSteps = maxSteps;
        this.codec = codec;
        this.sms = sms;
    }

    /** The person's identity on this channel: {@code ussd:} and the digits of the phone number. */
    public static String identity(String phoneNumber) {
        return CHANNEL + ":" + PhoneNumbers.digits(phoneNumber, "phoneNumber");
    }

    /** "Please try again in a minute", for when even the shared store does not answer. */
    public static String unavailable() {
        return Gsm7.transliterate(Texts.of("en").get("error.unavailable"));
    }

    /** The inputs in {@code text}: {@code ""} → none, {@code "1*2"} → {@code [1, 2]}. */
    public static List<String> inputs(String text) {
        return text == null || text.isEmpty() ? List.of() : List.of(text.split("\\*", -1));
    }

    public UssdAnswer answer(String site, String sessionId, String identity, String text) {
        List<String> inputs = inputs(text);
        if (inputs.size() > maxSteps) {
            return new UssdAnswer(Gsm7.transliterate(Texts.of("en").get("ussd.too-long")), true);
        }
        if (!inputs.isEmpty() && last(inputs).strip().equals(SMS_KEY)) {
            // "Send me the full article": the screen stays what it was (0 and 00 still act on it)
            Shown before = state(site, sessionId, identity, inputs, inputs.size() - 1);
            store.put(key(sessionId, identity, inputs, inputs.size()), before.format(), ttl);
            return new UssdAnswer(bySms(site, identity, before), false);
        }
        Outbound out = inputs.isEmpty()
                ? engine.handle(Inbound.firstContact(site, identity, null))
                : step(site, identity, state(site, sessionId, identity, inputs, inputs.size() - 1), last(inputs));
        Shown shown = remember(site, sessionId, identity, inputs, inputs.size(), out);
        return new UssdAnswer(withSmsKey(site, identity, screen(out), shown), out.context() == null);
    }

    /** The article on screen, sent by SMS; the answer says what happened, in the person's language. */
    private String bySms(String site, String identity, Shown before) {
        Optional<Action> article = article(site, identity, before);
        Site read = delivery.site(site).body();
        Action on = article.orElse(null);
        String locale = locale(read, on == null ? 0 : on.locale());
        Texts texts = Texts.of(locale);
        String said;
        if (sms.isEmpty() || on == null) {
            said = texts.get(sms.isEmpty() ? "ussd.sms-off" : "error.no-such-number")
                    .replace("{0}", SMS_KEY);
        } else {
            String phone = "+" + identity.substring(identity.indexOf(':') + 1);
            ArticleBySms.Result result = sms.get()
                    .articles()
                    .send(site, phone, on.id(0), locale, sms.get().people());
            said = switch (result) {
                case SENT -> texts.get("ussd.sms-sent");
                case CAP_REACHED ->
                    texts.format("ussd.sms-cap", sms.get().articles().perDay());
                case STOPPED -> texts.get("ussd.sms-stopped");
                case FAILED -> texts.get("ussd.sms-failed");
            };
        }
        return Gsm7.transliterate(said + "\n0 " + texts.get("nav.back"));
    }

    /** The article a screen shows, when it shows one. */
    private Optional<Action> article(String site, String identity, Shown shown) {
        if (shown.context() == null) {
            return Optional.empty();
        }
        try {
            Action route = codec.verify(site, identity, shown.context());
            return route.op() == Op.ARTICLE ? Optional.of(route) : Optional.empty();
        } catch (RuntimeException refused) {
            return Optional.empty();
        }
    }

    /** On an article's screen, the "99 Full text by SMS" line, when SMS is on and the line still fits the screen. */
    private String withSmsKey(String site, String identity, String screen, Shown shown) {
        if (sms.isEmpty()) {
            return screen;
        }
        Optional<Action> article = article(site, identity, shown);
        if (article.isEmpty()) {
            return screen;
        }
        String line = Gsm7.transliterate(
                Texts.of(locale(delivery.site(site).body(), article.get().locale()))
                        .get("ussd.sms-key"));
        String with = screen + "\n" + line;
        return Platform.USSD.measure().length(with) <= Platform.USSD.limits().textMax() ? with : screen;
    }

    private static String locale(Site site, int index) {
        return site.locales() != null && index < site.locales().size()
                ? site.locales().get(index).code()
                : site.defaultLocale();
    }

    /** What is on the screen after the first {@code n} inputs: from the store, else replayed. */
    private Shown state(String site, String sessionId, String identity, List<String> inputs, int n) {
        Optional<String> kept = store.get(key(sessionId, identity, inputs, n));
        if (kept.isPresent()) {
            return Shown.parse(kept.get());
        }
        if (n > 0 && inputs.get(n - 1).strip().equals(SMS_KEY)) {
            return state(site, sessionId, identity, inputs, n - 1); // replayed: the SMS is not sent again
        }
        Outbound out = n == 0
                ? engine.handle(Inbound.firstContact(site, identity, null))
                : step(site, identity, state(site, sessionId, identity, inputs, n - 1), inputs.get(n - 1));
        return remember(site, sessionId, identity, inputs, n, out);
    }

    private Outbound step(String site, String identity, Shown before, String input) {
        String typed = input.strip();
        if (typed.equals("0")) {
            typed = "back"; // a command in every locale
        } else if (typed.equals("00") && before.more() > 0) {
            typed = Integer.toString(before.more());
        }
        return engine.handle(Inbound.text(site, identity, typed, before.context()));
    }

    private Shown remember(String site, String sessionId, String identity, List<String> inputs, int n, Outbound out) {
        Shown shown = new Shown(out.context(), more(site, out));
        store.put(key(sessionId, identity, inputs, n), shown.format(), ttl);
        return shown;
    }

    /**
     * The number of the screen's "More" (or "Next page") choice, 0 when it has none or when the engine pages the
     * screen's menu itself (a {@code 00 More} line: then {@code 00} is the engine's).
     */
    private int more(String site, Outbound out) {
        List<Choice> choices = out.choices();
        if (choices.isEmpty() || screen(out).lines().anyMatch(line -> line.startsWith(Renderer.MORE_LINE))) {
            return 0;
        }
        Set<String> labels = moreLabels(site);
        for (int i = 0; i < choices.size(); i++) {
            if (labels.contains(choices.get(i).label())) {
                return i + 1;
            }
        }
        return 0;
    }

    private Set<String> moreLabels(String site) {
        Set<String> codes = new HashSet<>(Set.of("en"));
        try {
            Site read = delivery.site(site).body();
            if (read.locales() != null) {
                read.locales().stream().map(SiteLocale::code).forEach(codes::add);
            }
        } catch (RuntimeException unavailable) {
            // English only; the engine says the api is unavailable anyway
        }
        return codes.stream()
                .map(Texts::of)
                .flatMap(t -> java.util.stream.Stream.of(t.get("nav.more"), t.get("nav.next")))
                .map(Gsm7::transliterate)
                .collect(Collectors.toSet());
    }

    /** The single screen the engine rendered for USSD. */
    static String screen(Outbound out) {
        return out.messages().stream().map(Message::text).collect(Collectors.joining("\n"));
    }

    private static String last(List<String> inputs) {
        return inputs.get(inputs.size() - 1);
    }

    /**
     * The key of the screen after the first {@code n} inputs: the session, the person and a hash of those inputs (an
     * operator never changes a history, so a different one is a different path and never meets a stale screen).
     */
    private static String key(String sessionId, String identity, List<String> inputs, int n) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update((sessionId + "\n" + identity + "\n").getBytes(StandardCharsets.UTF_8));
            sha.update(String.join("*", inputs.subList(0, n)).getBytes(StandardCharsets.UTF_8));
            return "ussd:" + n + ":" + HexFormat.of().formatHex(sha.digest(), 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** What a screen leaves behind: the engine's context and the number of its "More" choice. */
    record Shown(String context, int more) {
        String format() {
            return more + " " + (context == null ? "" : context);
        }

        static Shown parse(String kept) {
            int space = kept.indexOf(' ');
            String context = kept.substring(space + 1);
            return new Shown(context.isEmpty() ? null : context, Integer.parseInt(kept.substring(0, space)));
        }
    }
}
