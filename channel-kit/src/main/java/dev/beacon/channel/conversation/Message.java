package dev.beacon.channel.conversation;

import java.util.List;

/**
 * One channel-neutral message. {@link Kind#TEXT}: {@code text}. {@link Kind#IMAGE}: {@code imageUrl} with
 * {@code text} as its alt text or caption. {@link Kind#CHOICES}: {@code text} (the body) and {@code choices} shown
 * as {@code style}: reply buttons, a list, or numbered lines that are already part of {@code text} (the adapter
 * then sends the text alone; the person types a number).
 */
public record Message(Kind kind, String text, String imageUrl, List<Choice> choices, Style style) {

    public enum Kind {
        TEXT,
        IMAGE,
        CHOICES
    }

    public enum Style {
        BUTTONS,
        LIST,
        NUMBERED
    }

    public Message {
        choices = choices == null ? List.of() : List.copyOf(choices);
    }

    public static Message text(String text) {
        return new Message(Kind.TEXT, text, null, List.of(), null);
    }

    public static Message image(String url, String alt) {
        return new Message(Kind.IMAGE, alt, url, List.of(), null);
    }

    public static Message choices(String text, List<Choice> choices, Style style) {
        return new Message(Kind.CHOICES, text, null, choices, style);
    }
}
