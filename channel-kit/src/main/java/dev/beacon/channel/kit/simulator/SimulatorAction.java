package dev.beacon.channel.kit.simulator;

/**
 * What the person did on the simulator page, as the page posts it to {@code /simulator/send}; each platform reads
 * the fields it has. {@code page} is the account chatted with (a Messenger page, a WhatsApp phone number id),
 * {@code psid} the person's id on the platform, {@code kind} what they did (text, a button or a quick reply, a
 * photo, a location…), {@code payload} the button's or reply's payload, {@code ref} a Messenger m.me referral,
 * {@code messageId} the Telegram message an inline button was under, {@code language} the person's app language.
 */
public record SimulatorAction(
        String page,
        String psid,
        String kind,
        String text,
        String payload,
        String ref,
        Long messageId,
        String language) {}
