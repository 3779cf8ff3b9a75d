package dev.beacon.api.content.manage;

import dev.beacon.api.content.ContentItem;
import dev.beacon.api.content.ContentRevision;
import dev.beacon.api.content.ContentTranslation;
import dev.beacon.api.content.ContentType;
import dev.beacon.api.content.Seo;
import dev.beacon.api.content.TranslationStatus;
import dev.beacon.api.content.blocks.Block;
import dev.beacon.api.content.channels.ChannelMessage;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What staff get back: drafts and their state, never the entities themselves. */
public final class ContentResponses {

    private ContentResponses() {}

    public record ContentItemResponse(
            long id,
            String site,
            ContentType type,
            Long parentId,
            int position,
            Instant featuredFrom,
            Instant featuredUntil,
            long version,
            Instant createdAt,
            Instant updatedAt,
            List<TranslationSummaryResponse> translations) {

        static ContentItemResponse of(String site, ContentItem item, List<ContentTranslation> translations) {
            return new ContentItemResponse(
                    item.id,
                    site,
                    item.type,
                    item.parentId,
                    item.position,
                    item.featuredFrom,
                    item.featuredUntil,
                    item.version,
                    item.createdAt,
                    item.updatedAt,
                    translations.stream().map(TranslationSummaryResponse::of).toList());
        }
    }

    @Schema(name = "TranslationSummary")
    public record TranslationSummaryResponse(
            String locale,
            String title,
            String slug,
            TranslationStatus status,
            int currentRevision,
            Integer publishedRevision,
            Instant liveFrom,
            Instant liveUntil,
            long version,
            Instant updatedAt) {

        static TranslationSummaryResponse of(ContentTranslation t) {
            return new TranslationSummaryResponse(
                    t.locale,
                    t.title,
                    t.slug,
                    t.status,
                    t.currentRevision,
                    t.publishedRevision,
                    t.liveFrom,
                    t.liveUntil,
                    t.version,
                    t.updatedAt);
        }
    }

    public record TranslationResponse(
            long itemId,
            String locale,
            String title,
            String subtitle,
            String slug,
            List<Block> body,
            List<String> tags,
            Seo seo,
            Map<String, List<ChannelMessage>> channels,
            TranslationStatus status,
            int currentRevision,
            Integer publishedRevision,
            Instant liveFrom,
            Instant liveUntil,
            long version,
            Instant updatedAt) {

        static TranslationResponse of(ContentTranslation t) {
            return new TranslationResponse(
                    t.itemId,
                    t.locale,
                    t.title,
                    t.subtitle,
                    t.slug,
                    t.body,
                    t.tags,
                    t.seo,
                    t.channels,
                    t.status,
                    t.currentRevision,
                    t.publishedRevision,
                    t.liveFrom,
                    t.liveUntil,
                    t.version,
                    t.updatedAt);
        }
    }

    @Schema(name = "RevisionSummary")
    public record RevisionSummaryResponse(
            int number, String title, String author, String note, Instant createdAt, boolean published) {

        static RevisionSummaryResponse of(ContentRevision r, Integer publishedRevision) {
            return new RevisionSummaryResponse(
                    r.number,
                    r.title,
                    r.author,
                    r.note,
                    r.createdAt,
                    publishedRevision != null && publishedRevision == r.number);
        }
    }

    public record RevisionResponse(
            int number,
            String title,
            String subtitle,
            String slug,
            List<Block> body,
            List<String> tags,
            Seo seo,
            Map<String, List<ChannelMessage>> channels,
            String author,
            String note,
            Instant createdAt,
            boolean published) {

        static RevisionResponse of(ContentRevision r, Integer publishedRevision) {
            return new RevisionResponse(
                    r.number,
                    r.title,
                    r.subtitle,
                    r.slug,
                    r.body,
                    r.tags,
                    r.seo,
                    r.channels,
                    r.author,
                    r.note,
                    r.createdAt,
                    publishedRevision != null && publishedRevision == r.number);
        }
    }
}
