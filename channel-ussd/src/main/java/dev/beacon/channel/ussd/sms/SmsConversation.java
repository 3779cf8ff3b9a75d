package dev.beacon.channel.ussd.sms;

import dev.beacon.channel.conversation.ConversationEngine;
import dev.beacon.channel.conversation.Inbound;
import dev.beacon.channel.conversation.Message;
import dev.beacon.channel.conversation.Outbound;
import dev.beacon.channel.kit.BeaconDelivery;
import dev.beacon.channel.kit.chat.LastScreens;
import dev.beacon.channel.ussd.config.PhoneNumbers;
import dev.beacon.text.SmsCount;
import java.util.ArrayList;
import java.util.List;

/**
 * The conversation by SMS: each inbound SMS is typed text for the engine on its {@code sms} profile (numbered menus,
 * one part per message), with the person's last screen as its context, so a typed {@code 2} picks that screen's
 * second choice and the site's keywords ({@code MENU}, {@code STOP}, {@code AJUDA}…) are the engine's commands in
 * every locale. The engine's messages are packed into as few SMS as the site's {@code sms.maxParts} allows.
 */
public final class SmsConversation {

    public static final String CHANNEL = "sms";

    private final ConversationEngine engine;
    private final LastScreens screens;
    private final BeaconDelivery delivery;

    public SmsConversation(ConversationEngine engine, LastScreens screens, BeaconDelivery delivery) {
        this.engine = engine;
        this.screens = screens;
        this.delivery = delivery;
    }

    /** The person's identity on SMS: {@code sms:} and the digits of the number. */
    public static String identity(String phone) {
        return CHANNEL + ":" + PhoneNumbers.digits(phone, "from");
    }

    /** The SMS to send back to {@code text} from {@code identity}. */
    public List<String> answer(String site, String identity, String text) {
        Outbound out = engine.handle(Inbound.text(
                site, identity, text == null ? "" : text, screens.of(identity).orElse(null)));
        screens.remember(identity, out.context());
        return pack(out.messages().stream().map(Message::text).toList(), maxParts(site));
    }

    /**
     * Consecutive messages joined (blank line between) while the result stays within {@code maxParts} parts (GSM-7
     * or UCS-2, whichever the joined text needs): a menu and its text go as one concatenated SMS when the site allows.
     */
    public static List<String> pack(List<String> messages, int maxParts) {
        List<String> out = new ArrayList<>();
        String current = null;
        for (String m : messages) {
            if (m == null || m.isBlank()) {
                continue;
            }
            String joined = current == null ? m : current + "\n\n" + m;
            if (current == null || SmsCount.of(joined).parts() <= maxParts) {
                current = joined;
            } else {
                out.add(current);
                current = m;
            }
        }
        if (current != null) {
            out.add(current);
        }
        return out;
    }

    private int maxParts(String site) {
        try {
            return delivery.site(site).body().smsMaxParts();
        } catch (RuntimeException unavailable) {
            return 1;
        }
    }
}
