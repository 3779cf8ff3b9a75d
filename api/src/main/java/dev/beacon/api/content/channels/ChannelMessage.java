package dev.beacon.api.content.channels;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One message of a written channel variant, as editors send and store it. Checked against the platform's limits
 * by {@link ChannelVariants} when saved (not by Bean Validation, so every error names its field the same way).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "ChannelMessage", description = "A message of a written channel variant")
public record ChannelMessage(
        @Schema(description = "The text, within the platform's limit; may be left out when the message has an image")
        String text,

        Image image,

        @Schema(description = "Buttons, within the platform's count and title limits")
        List<Button> buttons) {

    /** An image block of the same translation's body, by index, or an image URL. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "ChannelMessageImage", description = "Either block (an image block of the body, by index) or url")
    public record Image(Integer block, String url, String alt) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "ChannelButton")
    public record Button(
            String title,
            ButtonAction action,

            @Schema(description = "open: an article, section, poll, survey or competition of the site")
            Long itemId) {}
}
