package dev.beacon.channel.web.view;

import dev.beacon.channel.kit.model.Content;
import java.util.List;

/** One article in full; {@code fallback} when it is served in another locale than the one asked for. */
public record Article(Content content, List<BlockView> blocks, boolean fallback) {
}
