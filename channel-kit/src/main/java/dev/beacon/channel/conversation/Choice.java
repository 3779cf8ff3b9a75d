package dev.beacon.channel.conversation;

/**
 * One option of a {@link Message}: the label to show (within the channel's limit for its style), an optional longer
 * description (list rows), and the signed payload to send back when it is chosen.
 */
public record Choice(String label, String description, String payload) {}
