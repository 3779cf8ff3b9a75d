package dev.beacon.channel.messenger.conversation;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.beacon.channel.conversation.Action;
import dev.beacon.channel.conversation.ConversationEngine;
import dev.beacon.channel.conversation.Inbound;
import dev.beacon.channel.conversation.Op;
import dev.beacon.channel.conversation.Outbound;
import dev.beacon.channel.conversation.PayloadCodec;
import dev.beacon.channel.kit.chat.LastScreens;
import dev.beacon.channel.kit.chat.PersonLanguage;
import dev.beacon.channel.messenger.config.Page;
import dev.beacon.channel.messenger.inbound.AdapterTexts;
import dev.beacon.channel.messenger.inbound.Conversation;
import dev.beacon.channel.messenger.inbound.MessengerEvent;
import dev.beacon.channel.messenger.send.SendPayloads;
import dev.beacon.channel.messenger.setup.PageSetup;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.logging.Logger;

/**
 * Drives channel-kit's conversation engine: each event becomes an {@link Inbound} (with the person's last screen as
 * its context, shared across replicas), the engine's {@link Outbound} becomes Send API messages. Get Started, the
 * persistent menu and {@code m.me} referrals carry fixed payloads (the same for every person, so not signed); they
 * are turned here into what the engine understands.
 */
public final class EngineConversation implements Conversation {

    private static final Logger LOG = Logger.getLogger(EngineConversation.class);
    /** An m.me link's ref naming an item: {@code 13}, {@code item-13} or {@code open-13}. */
    private static final Pattern ITEM_REF = Pattern.compile("(?:item-|open-)?([0-9]{1,12})");

    private final ConversationEngine engine;
    private final PayloadCodec codec;
    private final LastScreens screens;
    private final LocaleHints hints;
    private final SendPayloads payloads;
    private final PersonLanguage language;
    private final ObjectMapper json;

    public EngineConversation(
            ConversationEngine engine,
            PayloadCodec codec,
            LastScreens screens,
            LocaleHints hints,
            SendPayloads payloads,
            PersonLanguage language,
            ObjectMapper json) {
        this.engine = engine;
        this.codec = codec;
        this.screens = screens;
        this.hints = hints;
        this.payloads = payloads;
        this.language = language;
        this.json = json;
    }

    @Override
    public List<ObjectNode> answer(Page page, MessengerEvent event) {
        String identity = event.identity();
        String context = screens.of(identity).orElse(null);
        Outbound out;
        try {
            String hint = context == null ? hints.of(page, event.psid()).orElse(null) : null;
            out = engine.handle(inbound(page.site(), identity, event, context, hint));
        } catch (RuntimeException e) {
            // The engine answers API failures itself; this is for anything it did not foresee.
            LOG.errorf(e, "Page %s: the conversation failed", page.id());
            return List.of(json.createObjectNode().put("text", AdapterTexts.get(null, "unavailable")));
        }
        screens.remember(identity, out.context());
        String code = language.code(page.site(), identity, out.context(), null);
        return payloads.of(out.messages(), AdapterTexts.get(code, "open"));
    }

    Inbound inbound(String site, String identity, MessengerEvent event, String context, String hint) {
        return switch (event.kind()) {
            case TEXT -> Inbound.text(site, identity, event.text(), context).withLocaleHint(hint);
            case QUICK_REPLY ->
                Inbound.tap(site, identity, event.payload(), context).withLocaleHint(hint);
            case ATTACHMENT ->
                new Inbound(site, "messenger", identity, Inbound.Kind.ATTACHMENT, null, null, hint, context);
            case REFERRAL -> referral(site, identity, event.ref(), context, hint);
            case POSTBACK -> postback(site, identity, event, context, hint);
            default -> throw new IllegalArgumentException("no answer for " + event.kind());
        };
    }

    private Inbound postback(String site, String identity, MessengerEvent event, String context, String hint) {
        String payload = event.payload() == null ? "" : event.payload();
        if (event.ref() != null && ITEM_REF.matcher(event.ref()).matches()) {
            return referral(site, identity, event.ref(), context, hint);
        }
        return switch (payload) {
            case PageSetup.GET_STARTED -> Inbound.firstContact(site, identity, hint);
            // menu words the engine knows in every language
            case "MENU" -> Inbound.text(site, identity, "menu", context).withLocaleHint(hint);
            case "HELP" -> Inbound.text(site, identity, "help", context).withLocaleHint(hint);
            case "CORNER" -> fixed(site, identity, Op.CORNER, context, hint);
            case "SEARCH" -> fixed(site, identity, Op.SEARCH, context, hint);
            default -> Inbound.tap(site, identity, payload, context).withLocaleHint(hint);
        };
    }

    private Inbound referral(String site, String identity, String ref, String context, String hint) {
        Matcher m = ref == null ? null : ITEM_REF.matcher(ref);
        if (m == null || !m.matches()) {
            return context == null
                    ? Inbound.firstContact(site, identity, hint)
                    : Inbound.text(site, identity, "menu", context).withLocaleHint(hint);
        }
        return fixed(site, identity, Op.OPEN, context, hint, m.group(1));
    }

    /** A tap on an action the adapter names itself, in the person's current language. */
    private Inbound fixed(String site, String identity, Op op, String context, String hint, Object... args) {
        int locale = language.index(site, identity, context, hint);
        return Inbound.tap(site, identity, codec.sign(site, identity, Action.of(locale, op, args)), context)
                .withLocaleHint(hint);
    }
}
