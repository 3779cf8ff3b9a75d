package dev.beacon.api.content.delivery;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonRawValue;
import dev.beacon.api.content.ContentType;
import dev.beacon.api.content.Seo;
import dev.beacon.api.content.blocks.RenderedBlock;
import dev.beacon.api.content.channels.ChannelResponse;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Published content as front-ends receive it. */
public final class DeliveryResponses {

    private DeliveryResponses() {}

    /** An item in a list: enough to show a teaser and link to it, without the body. */
    @Schema(name = "ContentSummary")
    public record ContentSummaryResponse(
            long id,
            ContentType type,
            Long parentId,

            @Schema(
                    description =
                            "Path to look the item up by, in the served locale; absent when an ancestor is not published")
            String path,

            @Schema(description = "The locale that was served (after fallback)")
            String locale,

            String title,
            String subtitle,
            String slug,
            List<String> tags,
            String excerpt,
            boolean featured,
            int position,
            Instant publishedAt,

            @JsonInclude(JsonInclude.Include.NON_NULL)
            @JsonRawValue
            @Schema(
                    type = SchemaType.ARRAY,
                    implementation = RenderedBlock.class,
                    description = "Only with fields=…,body: the body as the item's own read sends it")
            String body,

            @JsonInclude(JsonInclude.Include.NON_NULL)
            @JsonRawValue
            @Schema(implementation = Seo.class, description = "Only with fields=…,seo")
            String seo) {

        ContentSummaryResponse withFull(String body, String seo) {
            return new ContentSummaryResponse(
                    id,
                    type,
                    parentId,
                    path,
                    locale,
                    title,
                    subtitle,
                    slug,
                    tags,
                    excerpt,
                    featured,
                    position,
                    publishedAt,
                    body,
                    seo);
        }
    }

    /** One item in full. {@code body} and {@code seo} are sent exactly as rendered at publish time. */
    @Schema(name = "ContentResponse")
    public record ContentResponse(
            long id,
            String site,
            ContentType type,
            Long parentId,
            String path,

            @Schema(description = "The locale that was served (after fallback)")
            String locale,

            @Schema(description = "The locale that was asked for")
            String requestedLocale,

            @Schema(description = "Every locale this item is published in")
            List<String> availableLocales,

            String title,
            String subtitle,
            String slug,
            List<String> tags,
            String excerpt,

            @JsonRawValue @Schema(type = SchemaType.ARRAY, implementation = RenderedBlock.class)
            String body,

            @JsonRawValue @Schema(implementation = Seo.class)
            String seo,

            boolean featured,
            int position,
            int revision,
            Instant publishedAt,

            @JsonInclude(JsonInclude.Include.NON_NULL)
            @Schema(description = "With ?channel=: the item's messages for that channel, written or derived")
            ChannelResponse channel) {

        public ContentResponse withChannel(ChannelResponse channel) {
            return new ContentResponse(
                    id,
                    site,
                    type,
                    parentId,
                    path,
                    locale,
                    requestedLocale,
                    availableLocales,
                    title,
                    subtitle,
                    slug,
                    tags,
                    excerpt,
                    body,
                    seo,
                    featured,
                    position,
                    revision,
                    publishedAt,
                    channel);
        }
    }

    /**
     * The list envelope, named for the contract. Counting every match of a big list costs as much as reading it, so
     * the total is counted up to a limit ({@code beacon.delivery.count-limit}, 1,000 by default): above it,
     * {@code totalExact} is false and {@code totalItems} is the limit, read "more than totalItems".
     */
    @Schema(name = "ContentPage")
    public record ContentListResponse(
            List<ContentSummaryResponse> items,
            int page,
            int size,

            @Schema(description = "Matching items; when totalExact is false, there are more than this many")
            long totalItems,

            @Schema(description = "Pages of totalItems; when totalExact is false, there are more")
            int totalPages,

            @Schema(description = "False when the total was counted only up to the count limit: more than totalItems")
            boolean totalExact,

            @JsonInclude(JsonInclude.Include.NON_NULL)
            @Schema(
                    description = "In publishing order (-publishedAt, publishedAt): pass as after= for the next page;"
                            + " stays correct while content is published between pages. Absent on the last page")
            String nextCursor) {

        static ContentListResponse of(
                List<ContentSummaryResponse> items,
                dev.beacon.api.shared.paging.PageRequest request,
                long total,
                boolean exact,
                ListCursor next) {
            int pages = (int) ((total + request.size() - 1) / request.size());
            return new ContentListResponse(
                    List.copyOf(items),
                    request.page(),
                    request.size(),
                    total,
                    pages,
                    exact,
                    next == null ? null : next.encode());
        }
    }
}
