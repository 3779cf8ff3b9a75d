package dev.beacon.channel.kit.notify;

import dev.beacon.channel.kit.model.Notification;

/**
 * A notification ready to be told on a chat channel: what the api says ({@code notification}: its subject, author,
 * text), in the person's language ({@code locale}), with the title of what it is about in that language (empty when
 * the item cannot be read any more).
 */
public record Reply(Notification notification, String locale, String title) {

    /** The person's id on the platform ({@code 1234} of {@code messenger:1234}). */
    public String platformId() {
        return notification.platformId();
    }
}
