package dev.beacon.text;

import java.util.Locale;

/**
 * The chat platforms Beacon renders for, each with its documented limits: the one table of them in the code.
 *
 * <p>Units: Meta and Telegram say "characters" without naming a unit. Beacon counts UTF-16 code units, which is what
 * Telegram measures entities in and never less than code points, so a text Beacon accepts is within the limit whichever
 * unit the platform uses (an emoji outside the BMP costs 2). SMS counts septets or UCS-2 units per part; USSD septets.
 */
public enum Platform {
    WHATSAPP(PlatformLimits.builder(Measure.UTF16)
            // source: Meta, WhatsApp Cloud API, Messages reference, text object: "body ... Maximum length: 4096
            // characters" https://developers.facebook.com/docs/whatsapp/cloud-api/reference/messages#text-object
            .text(4096)
            // source: same page, interactive object: body text max 1024 characters; header text and footer text max
            // 60 characters
            // https://developers.facebook.com/docs/whatsapp/cloud-api/reference/messages#interactive-object
            .interactiveBody(1024)
            .headerAndFooter(60, 60)
            // source: same page, action object: up to 3 reply buttons, button title max 20 characters, button id max
            // 256 characters (Beacon's payloads are ASCII, so characters = bytes)
            .replyButtons(3, 20)
            .payloadBytes(256)
            // source: same page, action and section objects: list button max 20 characters, 1-10 sections, at most
            // 10 rows in total, section title max 24, row title max 24, row description max 72 characters
            .list(10, 10, 20, 24, 24, 72)
            .build()),

    MESSENGER(PlatformLimits.builder(Measure.UTF16)
            // source: Meta, Messenger Platform, Send API reference, message.text: "must be UTF-8 and has a 2000
            // character limit" https://developers.facebook.com/docs/messenger-platform/reference/send-api/ (the
            // long-standing figure; some current Meta pages no longer repeat it)
            .text(2000)
            // source: quick replies reference: up to 13 quick replies on a text message, title 20 character limit,
            // payload 1000 character limit
            // https://developers.facebook.com/docs/messenger-platform/reference/buttons/quick-replies
            .interactiveBody(2000)
            .replyButtons(13, 20)
            .payloadBytes(1000)
            // source: button template reference: text up to 640 characters, 1-3 buttons
            // https://developers.facebook.com/docs/messenger-platform/reference/templates/button
            .buttonTemplate(640, 3)
            // source: generic template reference: up to 10 elements, title and subtitle 80 character limit
            // https://developers.facebook.com/docs/messenger-platform/reference/templates/generic
            .genericTemplate(10, 80, 80)
            .build()),

    TELEGRAM(PlatformLimits.builder(Measure.UTF16)
            // source: Telegram Bot API, sendMessage: "text ... 1-4096 characters after entities parsing"
            // https://core.telegram.org/bots/api#sendmessage ; inline keyboards sit on an ordinary text message
            .text(4096)
            .interactiveBody(4096)
            // source: Bot API, InlineKeyboardButton: "callback_data ... 1-64 bytes"
            // https://core.telegram.org/bots/api#inlinekeyboardbutton . The Bot API documents no maximum number of
            // buttons nor title length: 100 buttons is the cap Telegram's servers are reported to enforce, and Beacon
            // keeps titles to Meta's 20 so one title fits every chat platform.
            .replyButtons(100, 20)
            .payloadBytes(64)
            .build()),

    SMS(PlatformLimits.builder(Measure.SMS_PARTS)
            // source: 3GPP TS 23.038 section 6.1.2.1 and TS 23.040 section 9.2.3.24.1: 140 octets carry 160 GSM-7
            // septets or 70 UCS-2 units; the concatenation header leaves 153 or 67 per part.
            // textMax is in parts: one SMS per message by default; sites may allow more.
            .text(1)
            .interactiveBody(1)
            .smsParts(
                    SmsCount.Encoding.GSM7.singlePart,
                    SmsCount.Encoding.GSM7.concatenatedPart,
                    SmsCount.Encoding.UCS2.singlePart,
                    SmsCount.Encoding.UCS2.concatenatedPart)
            .numberedMenusOnly()
            .build()),

    USSD(PlatformLimits.builder(Measure.USSD)
            // source: 3GPP TS 23.038 section 6.1.2.3 (USSD packing of 7-bit characters): a USSD string of 160 octets
            // (TS 24.080 / TS 29.002 maxUSSD-StringLength) holds 182 GSM-7 characters, or 80 UCS-2 units
            .text(182)
            .interactiveBody(182)
            .ussdScreen(182)
            .numberedMenusOnly()
            .build());

    private final PlatformLimits limits;

    Platform(PlatformLimits limits) {
        this.limits = limits;
    }

    public PlatformLimits limits() {
        return limits;
    }

    public Measure measure() {
        return limits.measure();
    }

    public boolean buttons() {
        return limits.buttons();
    }

    public boolean lists() {
        return limits.lists();
    }

    public boolean numberedMenusOnly() {
        return limits.numberedMenusOnly();
    }

    /** The lower-case name used in URLs and JSON: {@code whatsapp}, {@code messenger}, … */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * The platform named {@code name} ({@code whatsapp}, {@code messenger}, {@code telegram}, {@code sms}, {@code ussd}).
     *
     * @throws IllegalArgumentException for null or any other name
     */
    public static Platform of(String name) {
        for (Platform p : values()) {
            if (p.id().equals(name)) {
                return p;
            }
        }
        throw new IllegalArgumentException(
                "unknown channel '" + name + "'; expected one of whatsapp, messenger," + " telegram, sms, ussd");
    }
}
