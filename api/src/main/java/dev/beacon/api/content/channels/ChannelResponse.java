package dev.beacon.api.content.channels;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An item's messages for one channel, as delivered: written by an editor or derived from the body, in the same
 * shape. A channel sends messages up to and including the first that carries a {@code more} button, and goes on
 * from the next one when it is tapped.
 */
@Name("ChannelContent")
@Schema(name = "ChannelContent", description = "The item's messages for one channel")
public record ChannelResponse(
        @Schema(enumeration = {"whatsapp", "messenger", "telegram", "sms", "ussd"})
        String name,

        @Schema(
                enumeration = {"written", "derived"},
                description = "written by an editor, or derived from the block body")
        String source,

        @Schema(description = "The locale of the translation the messages come from (after fallback)")
        String locale,

        List<Message> messages) {

    public static final String WRITTEN = "written";
    public static final String DERIVED = "derived";

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Name("ChannelContentMessage")
    @Schema(name = "ChannelContentMessage")
    public record Message(String text, Image image, List<Button> buttons) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Name("ChannelContentImage")
    @Schema(name = "ChannelContentImage")
    public record Image(String url, String alt) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Name("ChannelContentButton")
    @Schema(name = "ChannelContentButton")
    public record Button(
            String title,

            @Schema(enumeration = {"open", "menu", "more", "back"})
            String action,

            @Schema(description = "open: the item to open") Long itemId) {}
}
