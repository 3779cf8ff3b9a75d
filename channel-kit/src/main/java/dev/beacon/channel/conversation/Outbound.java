package dev.beacon.channel.conversation;

import java.util.List;

/**
 * What to send back, already fitted to the channel's {@link ChannelProfile}: send {@code messages} in order.
 * {@code context} is an opaque, signed token naming the screen just shown; give it back as {@link
 * Inbound#context()} with the person's next message so that a typed number or a typed answer refers to this screen
 * (null: the person is not reached any more, e.g. after "delete my data").
 */
public record Outbound(List<Message> messages, String context) {

    public Outbound {
        messages = List.copyOf(messages);
    }

    /** Every choice offered by these messages, in order. */
    public List<Choice> choices() {
        return messages.stream().flatMap(m -> m.choices().stream()).toList();
    }
}
