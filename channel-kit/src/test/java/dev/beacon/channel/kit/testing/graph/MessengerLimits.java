package dev.beacon.channel.kit.testing.graph;

import dev.beacon.text.Platform;
import dev.beacon.text.PlatformLimits;

/**
 * Meta's documented Messenger limits the double enforces: the Send API's from module {@code text}'s one table
 * ({@code Platform.MESSENGER.limits()}), the Messenger Profile API's (not a message, so not in that table) here.
 * Lengths are UTF-16 units (the table's measure), which is never less than what Meta counts.
 */
record MessengerLimits(
        int textMax,
        int quickRepliesMax,
        int quickReplyTitleMax,
        int payloadMax,
        int buttonTemplateTextMax,
        int templateButtonsMax,
        int buttonTitleMax,
        int elementsMax,
        int elementTitleMax,
        int elementSubtitleMax,
        int greetingMax,
        int menuItemsMax,
        int menuTitleMax) {

    static final MessengerLimits META = of(Platform.MESSENGER.limits());

    static MessengerLimits of(PlatformLimits limits) {
        return new MessengerLimits(
                limits.textMax(),
                limits.replyButtonsMax(),
                limits.buttonTitleMax(),
                limits.payloadMaxBytes(),
                limits.templateTextMax(),
                limits.templateButtonsMax(),
                limits.buttonTitleMax(),
                limits.templateElementsMax(),
                limits.templateTitleMax(),
                limits.templateSubtitleMax(),
                // source: Messenger Profile API reference, greeting: text 160 characters
                // https://developers.facebook.com/docs/messenger-platform/reference/messenger-profile-api/greeting
                160,
                // source: persistent menu reference: at most 20 call_to_actions, title 30 characters
                // https://developers.facebook.com/docs/messenger-platform/reference/messenger-profile-api/persistent-menu
                20,
                30);
    }
}
