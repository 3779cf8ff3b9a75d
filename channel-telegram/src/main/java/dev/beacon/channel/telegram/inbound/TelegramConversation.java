package dev.beacon.channel.telegram.inbound;

import dev.beacon.channel.conversation.ConversationEngine;
import dev.beacon.channel.conversation.Inbound;
import dev.beacon.channel.conversation.Op;
import dev.beacon.channel.conversation.Outbound;
import dev.beacon.channel.kit.chat.LastScreens;
import dev.beacon.channel.telegram.send.BotApi;
import dev.beacon.channel.telegram.send.TelegramMessages;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.logging.Logger;

/**
 * One update through the engine: text and commands become typed text ({@code /menu} → {@code menu}, the engine's
 * command words), {@code /start} is the first contact (or, with a deep-link parameter {@code 13}, {@code item-13} or
 * {@code open-13}, opens that item), a button tap is the engine's signed payload and is always answered with
 * {@code answerCallbackQuery} (the spinner on the button stops whatever happens next). The person's language is the
 * one of their last screen, else Telegram's {@code from.language_code}, mapped onto the site's chain by the engine.
 *
 * <p>A tap on the chat's latest menu whose next screen is a menu too edits that message in place
 * ({@code editMessageText}), as native bots do, instead of sending a new one; anything else is sent as new messages.
 * Which message is the chat's latest menu is kept in the shared store ({@link MenuMessages}), so any replica knows.
 */
public final class TelegramConversation {

    private static final Logger LOG = Logger.getLogger(TelegramConversation.class);
    private static final Pattern COMMAND =
            Pattern.compile("/([A-Za-z0-9_]{1,32})(?:@\\w+)?(?:\\s+(.*))?", Pattern.DOTALL);
    private static final Pattern ITEM = Pattern.compile("(?:item-|open-)?([0-9]{1,12})");

    private final ConversationEngine engine;
    private final LastScreens screens;
    private final BotApi bot;
    private final TelegramMessages messages;
    private final MenuMessages menus;
    private final String site;

    public TelegramConversation(
            ConversationEngine engine,
            LastScreens screens,
            BotApi bot,
            TelegramMessages messages,
            MenuMessages menus,
            String site) {
        this.engine = engine;
        this.screens = screens;
        this.bot = bot;
        this.messages = messages;
        this.menus = menus;
        this.site = site;
    }

    public void answer(Update update) {
        String identity = update.identity();
        String context = screens.of(identity).orElse(null);
        Outbound out;
        try {
            out = engine.handle(inbound(update, identity, context));
        } finally {
            if (update.kind() == Update.Kind.CALLBACK_QUERY) {
                bot.call("answerCallbackQuery", Map.of("callback_query_id", update.queryId()));
            }
        }
        screens.remember(identity, out.context());
        List<TelegramMessages.Call> calls = messages.of(update.chatId(), out.messages());
        boolean menu = TelegramMessages.isMenu(calls);
        if (menu
                && update.kind() == Update.Kind.CALLBACK_QUERY
                && menus.isLatest(update.chatId(), update.messageId())
                && edited(update, calls.get(0))) {
            return;
        }
        long last = 0;
        for (TelegramMessages.Call call : calls) {
            BotApi.Answer answer = bot.call(call.method(), call.body());
            if (!answer.ok()) {
                LOG.debugf("stopped sending to chat %d after a refusal", update.chatId());
                menus.forget(update.chatId());
                return;
            }
            last = answer.result().path("message_id").asLong(0);
        }
        if (menu && last > 0) {
            menus.remember(update.chatId(), last);
        } else if (!calls.isEmpty()) {
            menus.forget(update.chatId()); // the menu above is no longer the latest screen: taps on it send anew
        }
    }

    /** True when the tapped menu now shows the next one (or already did); false: send it as a new message. */
    private boolean edited(Update update, TelegramMessages.Call menu) {
        BotApi.Answer answer = bot.call(
                "editMessageText", messages.edit(update.messageId(), menu).body());
        // "message is not modified": the same menu again (e.g. a page that did not change), already on screen
        return answer.ok() || answer.description().contains("message is not modified");
    }

    Inbound inbound(Update update, String identity, String context) {
        String hint = update.language();
        if (update.kind() == Update.Kind.CALLBACK_QUERY) {
            return Inbound.tap(site, identity, update.data(), context).withLocaleHint(hint);
        }
        if (update.text() == null) {
            return new Inbound(site, "telegram", identity, Inbound.Kind.ATTACHMENT, null, null, hint, context);
        }
        Matcher command = COMMAND.matcher(update.text().strip());
        if (!command.matches()) {
            return Inbound.text(site, identity, update.text(), context).withLocaleHint(hint);
        }
        String name = command.group(1).toLowerCase(java.util.Locale.ROOT);
        String argument = command.group(2) == null ? "" : command.group(2).strip();
        if (name.equals("start")) {
            Matcher item = ITEM.matcher(argument);
            if (item.matches()) {
                return engine.tapOn(
                        Inbound.text(site, identity, "", context).withLocaleHint(hint), Op.OPEN, item.group(1));
            }
            return context == null
                    ? Inbound.firstContact(site, identity, hint)
                    : Inbound.text(site, identity, "start", context).withLocaleHint(hint);
        }
        // /menu, /help, /language, /stop, /back: the engine's command words (English works in every locale)
        return Inbound.text(site, identity, name, context).withLocaleHint(hint);
    }
}
