package dev.beacon.api.content.manage;

import dev.beacon.api.content.ContentItem;
import dev.beacon.api.content.ContentRevision;
import dev.beacon.api.content.ContentTranslation;
import dev.beacon.api.content.ContentType;
import dev.beacon.api.content.Seo;
import dev.beacon.api.content.TranslationStatus;
import dev.beacon.api.content.blocks.Block;
import java.time.Instant;
import java.util.List;

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
            List<TranslationSummary> translations) {

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
                    translations.stream().map(TranslationSummary::of).toList());
        }
    }

    public record TranslationSummary(
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

        static TranslationSummary of(ContentTranslation t) {
            return new TranslationSummary(
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
                    t.status,
                    t.currentRevision,
                    t.publishedRevision,
                    t.liveFrom,
                    t.liveUntil,
                    t.version,
                    t.updatedAt);
        }
    }

    public record RevisionSummary(
            int number, String title, String author, String note, Instant createdAt, boolean published) {

        static RevisionSummary of(ContentRevision r, Integer publishedRevision) {
            return new RevisionSummary(
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
                    r.author,
                    r.note,
                    r.createdAt,
                    publishedRevision != null && publishedRevision == r.number);
        }
    }
}
