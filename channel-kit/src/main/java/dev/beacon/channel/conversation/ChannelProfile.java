package dev.beacon.channel.conversation;

/**
 * What a channel can show, described once per channel ({@link ChannelProfiles#of(String)} builds it from module
 * {@code text}'s {@code Platform.limits()}); the {@link Renderer} fits every screen within it.
 *
 * @param name the channel's name, e.g. {@code whatsapp}
 * @param textMax longest text message
 * @param interactiveBodyMax longest body of a message that carries buttons or a list
 * @param buttonsMax reply buttons (or quick replies) on one message; 0 when the channel has none
 * @param buttonTitleMax longest button title
 * @param listRowsMax rows of a list message; 0 when the channel has no lists
 * @param listRowTitleMax longest list row title
 * @param listRowDescriptionMax longest list row description
 * @param payloadMaxBytes longest payload a button carries back (Telegram's callback_data: 64 bytes)
 * @param numberedMenusOnly only numbered text menus work (SMS, USSD)
 * @param singleScreen one message per answer (USSD: a session shows one screen at a time)
 * @param fit how the channel counts, splits and cuts text
 */
public record ChannelProfile(
        String name,
        int textMax,
        int interactiveBodyMax,
        int buttonsMax,
        int buttonTitleMax,
        int listRowsMax,
        int listRowTitleMax,
        int listRowDescriptionMax,
        int payloadMaxBytes,
        boolean numberedMenusOnly,
        boolean singleScreen,
        TextFit fit) {

    /** How many items a listing shows per page on this channel, leaving room for navigation choices. */
    public int pageSize() {
        if (singleScreen) {
            return 4;
        }
        if (numberedMenusOnly) {
            return 6;
        }
        int room = Math.max(buttonsMax, listRowsMax);
        return Math.max(3, Math.min(8, room - 3));
    }
}
