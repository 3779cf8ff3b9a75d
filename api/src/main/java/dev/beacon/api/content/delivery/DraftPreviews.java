package dev.beacon.api.content.delivery;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.beacon.api.content.ContentItem;
import dev.beacon.api.content.ContentRevision;
import dev.beacon.api.content.PublishedContentWriter;
import dev.beacon.api.content.blocks.BlockRenderer;
import dev.beacon.api.content.blocks.LibraryImages;
import dev.beacon.api.content.blocks.RenderedBlock;
import dev.beacon.api.content.channels.ChannelDeriver;
import dev.beacon.api.content.channels.ChannelResponse;
import dev.beacon.api.content.channels.ChannelVariants;
import dev.beacon.api.content.channels.WrittenVariants;
import dev.beacon.api.content.delivery.DeliveryResponses.ContentResponse;
import dev.beacon.api.sites.SiteDirectory.SiteView;
import dev.beacon.text.Platform;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;

/**
 * One revision of a draft in the shape delivery sends published content, rendered as publishing would render it
 * (library images, embeds, excerpt; the channel's written messages of that revision, else derived from its body), so
 * a channel shows a preview with the code it shows published content with. Nothing is written.
 */
@ApplicationScoped
public class DraftPreviews {

    @Inject
    LibraryImages libraryImages;

    @Inject
    PublishedContentWriter writer;

    @Inject
    PublishedContentReader reader;

    @Inject
    ObjectMapper json;

    /** As if published at {@code now}: {@code publishedAt} is now, no path (a draft has none yet). */
    public ContentResponse read(
            SiteView site, ContentItem item, String locale, ContentRevision revision, Platform channel, Instant now) {
        LibraryImages.Resolved resolved = libraryImages.resolve(site.id(), locale, revision.body);
        List<RenderedBlock> body = resolved.render(writer.embeddedKinds(revision.body));
        boolean featured = item.featuredFrom != null
                && !item.featuredFrom.isAfter(now)
                && (item.featuredUntil == null || item.featuredUntil.isAfter(now));
        ContentResponse response = new ContentResponse(
                item.id,
                site.slug(),
                item.type,
                item.parentId,
                null,
                locale,
                locale,
                List.of(locale),
                revision.title,
                revision.subtitle,
                revision.slug,
                revision.tags,
                BlockRenderer.excerpt(revision.subtitle, body),
                toJson(body),
                revision.seo == null ? null : toJson(revision.seo),
                featured,
                item.position,
                revision.number,
                now,
                null);
        if (channel == null) {
            return response;
        }
        String name = ChannelVariants.name(channel);
        var written = WrittenVariants.resolve(revision.channels, resolved.blocks());
        if (written != null && written.containsKey(name)) {
            return response.withChannel(new ChannelResponse(name, ChannelResponse.WRITTEN, locale, written.get(name)));
        }
        List<String> chain = site.locales().chainFor(locale);
        var messages = ChannelDeriver.derive(
                channel,
                locale,
                revision.title,
                resolved.blocks(),
                embedId -> reader.one(site.id(), embedId, chain, now)
                        .map(r -> new ChannelDeriver.Embedded(r.id(), r.type(), r.title()))
                        .orElse(null),
                site.response().sms().maxParts());
        return response.withChannel(new ChannelResponse(name, ChannelResponse.DERIVED, locale, messages));
    }

    private String toJson(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
