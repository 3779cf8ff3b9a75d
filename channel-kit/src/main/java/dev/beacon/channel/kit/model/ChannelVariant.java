package dev.beacon.channel.kit.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;

/**
 * An item's messages for one chat channel ({@code GET …/content/{id}?channel=whatsapp}): written by an editor or
 * derived by the API from the body ({@code source}), already within the channel's limits.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ChannelVariant(String name, String source, String locale, List<Message> messages) {

    public List<Message> messagesOrEmpty() {
        return messages == null ? List.of() : messages;
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Message(String text, Image image, List<Button> buttons) {
        public List<Button> buttonsOrEmpty() {
            return buttons == null ? List.of() : buttons;
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Image(String url, String alt) {}

    /** {@code action}: {@code open} (with {@code itemId}), {@code menu}, {@code more} or {@code back}. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Button(String title, String action, Long itemId) {}
}
