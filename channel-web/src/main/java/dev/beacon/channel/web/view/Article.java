package dev.beacon.channel.web.view;

import dev.beacon.channel.kit.model.Content;
import dev.beacon.channel.kit.model.Reactions;
import java.util.List;

/**
 * One article in full; {@code fallback} when it is served in another locale than the one asked for. Under it, its
 * reaction question with the counts ({@code reactions}, null when it has none) and its comments ({@code comments},
 * null when the site has them off), with {@code posted} set right after the reader's own comment was published.
 */
public record Article(
        Content content,
        List<BlockView> blocks,
        boolean fallback,
        Reactions reactions,
        CommentsView comments,
        boolean posted) {

    /** The article's id as a link segment, e.g. {@code href('/comments/', ref)}. */
    public String ref() {
        return String.valueOf(content.id());
    }

    /** The site path of an image block resized by {@code images/ImagePages}, e.g. {@code /images/42/2}. */
    public String imagePath(BlockView image) {
        return "/images/" + content.id() + "/" + image.index();
    }
}
