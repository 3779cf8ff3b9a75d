package dev.beacon.api.content.channels;

import dev.beacon.api.content.blocks.Block;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Written variants in their delivered shape: image references to the body become the image's URL and alt text. */
public final class WrittenVariants {

    private WrittenVariants() {}

    /** Null when there are none; checked on save, so every block reference names an image block of this body. */
    public static Map<String, List<ChannelResponse.Message>> resolve(
            Map<String, List<ChannelMessage>> channels, List<Block> body) {
        if (channels == null || channels.isEmpty()) {
            return null;
        }
        Map<String, List<ChannelResponse.Message>> result = new LinkedHashMap<>();
        channels.forEach((name, messages) ->
                result.put(name, messages.stream().map(m -> message(m, body)).toList()));
        return result;
    }

    private static ChannelResponse.Message message(ChannelMessage m, List<Block> body) {
        List<ChannelResponse.Button> buttons =
                m.buttons() == null || m.buttons().isEmpty()
                        ? null
                        : m.buttons().stream()
                                .map(b -> new ChannelResponse.Button(
                                        b.title(), b.action().name(), b.itemId()))
                                .toList();
        String text = m.text() == null || m.text().isBlank() ? null : m.text();
        return new ChannelResponse.Message(text, image(m.image(), body), buttons);
    }

    private static ChannelResponse.Image image(ChannelMessage.Image image, List<Block> body) {
        if (image == null) {
            return null;
        }
        if (image.block() != null
                && body != null
                && image.block() < body.size()
                && body.get(image.block()) instanceof Block.Image b) {
            return new ChannelResponse.Image(b.src(), image.alt() != null ? image.alt() : b.alt());
        }
        return new ChannelResponse.Image(image.url(), image.alt());
    }
}
