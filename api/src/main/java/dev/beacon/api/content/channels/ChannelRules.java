package dev.beacon.api.content.channels;

import dev.beacon.api.shared.error.Problem.FieldError;
import dev.beacon.text.Gsm7;
import dev.beacon.text.NumberedMenu;
import dev.beacon.text.Platform;
import dev.beacon.text.PlatformLimits;
import dev.beacon.text.SmsCount;
import java.util.List;

/**
 * A message held to its platform's limits. The numbers come only from {@link Platform#limits()} (the text module's
 * one table, each limit with its source); this class decides which limit applies to which part of a message.
 */
final class ChannelRules {

    private ChannelRules() {}

    /** SMS and USSD carry text only. */
    static boolean images(Platform platform) {
        return !platform.limits().numberedMenusOnly();
    }

    /** The text as a numbered-menu channel shows it (the text module's, which the admin's counters use too). */
    static String withMenu(String text, List<String> titles) {
        return NumberedMenu.withMenu(text, titles);
    }

    /** Adds an error for each limit the message breaks. */
    static void check(Platform platform, ChannelMessage m, String at, int smsMaxParts, List<FieldError> errors) {
        PlatformLimits limits = platform.limits();
        String text = m.text() == null ? "" : m.text();
        List<ChannelMessage.Button> buttons = m.buttons() == null ? List.of() : m.buttons();
        List<String> titles = buttons.stream()
                .map(b -> b == null || b.title() == null ? "" : b.title())
                .toList();
        String name = ChannelVariants.name(platform);
        if (limits.numberedMenusOnly()) {
            String shown = withMenu(text, titles);
            if (platform == Platform.USSD) {
                checkUssd(limits, shown, at, errors);
            } else {
                SmsCount count = SmsCount.of(shown);
                if (count.parts() > smsMaxParts) {
                    errors.add(new FieldError(
                            at + ".text",
                            "is " + count.parts() + " SMS parts in " + count.encoding() + " (" + count.units()
                                    + " characters with its menu lines); the site allows at most " + smsMaxParts
                                    + " (sms.maxParts)"));
                }
            }
            return;
        }
        if (!buttons.isEmpty() && buttons.size() > limits.replyButtonsMax()) {
            errors.add(new FieldError(
                    at + ".buttons",
                    "at most " + limits.replyButtonsMax() + " buttons on " + name + " (reply buttons)"));
        }
        for (int j = 0; j < titles.size(); j++) {
            int length = limits.measure().length(titles.get(j));
            if (length > limits.buttonTitleMax()) {
                errors.add(new FieldError(
                        at + ".buttons[" + j + "].title",
                        "is " + length + " characters; a " + name + " button title holds at most "
                                + limits.buttonTitleMax()));
            }
        }
        int max = textMax(platform, !buttons.isEmpty(), m.image() != null);
        int length = limits.measure().length(text);
        if (length > max) {
            String which = platform == Platform.WHATSAPP && max == limits.interactiveBodyMax()
                    ? "a WhatsApp message with buttons or an image (interactive body or caption)"
                    : "a " + name + " message";
            errors.add(
                    new FieldError(at + ".text", "is " + length + " characters; " + which + " holds at most " + max));
        }
    }

    /** The text limit of a chat message: WhatsApp's interactive body and caption limit applies with buttons or an image. */
    static int textMax(Platform platform, boolean buttons, boolean image) {
        PlatformLimits limits = platform.limits();
        if (platform == Platform.WHATSAPP && (buttons || image)) {
            return limits.interactiveBodyMax();
        }
        return limits.textMax();
    }

    private static void checkUssd(PlatformLimits limits, String shown, String at, List<FieldError> errors) {
        if (!Gsm7.isEncodable(shown)) {
            int bad = shown.codePoints()
                    .filter(cp -> !Gsm7.isEncodable(new String(Character.toChars(cp))))
                    .findFirst()
                    .orElse('?');
            errors.add(new FieldError(
                    at + ".text", "must be GSM-7 text for USSD; '" + new String(Character.toChars(bad)) + "' is not"));
            return;
        }
        int septets = Gsm7.septets(shown);
        if (septets > limits.ussdScreenMax()) {
            errors.add(new FieldError(
                    at + ".text",
                    "is " + septets + " GSM-7 characters with its menu lines; a USSD screen holds at most "
                            + limits.ussdScreenMax()));
        }
    }
}
