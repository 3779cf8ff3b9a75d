package dev.beacon.channel.kit.testing.graph;

/**
 * Meta's documented Messenger limits the double enforces. The same numbers as module {@code text}'s
 * {@code Platform.MESSENGER.limits()} (the one table of them); read from there once that module is on main.
 * Lengths are UTF-16 units, which is never less than what Meta counts.
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

    static final MessengerLimits META = new MessengerLimits(
            // Send API reference, message.text: 2000 characters
            2000,
            // quick replies reference: at most 13, title 20 characters, payload 1000 characters
            13,
            20,
            1000,
            // button template reference: text 640 characters, 1-3 buttons; buttons reference: title 20 characters
            640,
            3,
            20,
            // generic template reference: at most 10 elements, title and subtitle 80 characters each
            10,
            80,
            80,
            // Messenger Profile API reference: greeting text 160 characters; persistent menu at most 20
            // call_to_actions, title 30 characters
            160,
            20,
            30);
}
