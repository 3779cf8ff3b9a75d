package dev.beacon.api.content.channels;

/** What a button of a channel message does: open an item of the site, or one of the conversation's moves. */
public enum ButtonAction {
    open,
    menu,
    more,
    back
}
