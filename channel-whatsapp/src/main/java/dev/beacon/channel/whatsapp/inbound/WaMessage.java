package dev.beacon.channel.whatsapp.inbound;

/**
 * One message a person sent to one of our numbers, reduced to what the adapter acts on.
 *
 * @param numberId our phone number id ({@code metadata.phone_number_id}, or the BSP webhook's)
 * @param waId the person's WhatsApp id (their number): personal data, never logged in clear
 * @param wamid WhatsApp's message id: a redelivery carries the same one
 * @param timestamp WhatsApp's time of the message, epoch seconds
 * @param kind what the person did
 * @param text typed text, or the title of the tapped button or row
 * @param payload the tapped reply button's or list row's id, or a template quick reply's payload
 * @param contextId which of our messages this answers ({@code context.id}), when it says
 */
public record WaMessage(
        String numberId,
        String waId,
        String wamid,
        long timestamp,
        Kind kind,
        String text,
        String payload,
        String contextId) {

    public enum Kind {
        TEXT,
        /** {@code interactive.button_reply} */
        BUTTON_REPLY,
        /** {@code interactive.list_reply} */
        LIST_REPLY,
        /** {@code button}: a template's quick reply */
        BUTTON,
        /** image, audio, video, document, sticker, location, contacts */
        MEDIA,
        /** a reaction to one of our messages: recorded, not answered */
        REACTION,
        /** what WhatsApp could not pass on ({@code unsupported}, {@code unknown}) */
        UNSUPPORTED
    }

    public boolean needsAnswer() {
        return kind != Kind.REACTION;
    }

    /** The person's channel identity in Beacon, {@code whatsapp:<wa_id>}. */
    public String identity() {
        return "whatsapp:" + waId;
    }
}
