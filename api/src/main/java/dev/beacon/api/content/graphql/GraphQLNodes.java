package dev.beacon.api.content.graphql;

import dev.beacon.api.content.ContentType;
import dev.beacon.api.content.delivery.DeliveryResponses.ContentSummaryResponse;
import dev.beacon.api.sites.SiteResponse.LocaleResponse;
import dev.beacon.api.sites.SiteSettings;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.Name;

/** The GraphQL output types. Hidden fields carry what nested resolvers need: the site and the asked-for locale. */
public final class GraphQLNodes {

    private GraphQLNodes() {}

    @Name("Site")
    @Description("A site (tenant) with its locales; its content is reached through its fields")
    public record SiteNode(
            String slug,
            String name,
            String defaultLocale,
            List<LocaleResponse> locales,
            SiteSettings.Skin skin,
            SiteSettings.Features features,
            @Ignore long id,
            @Ignore String askedLocale) {}

    @Name("Content")
    @Description("A published item in the best locale of the site's fallback chain")
    public record ContentNode(
            long id,
            ContentType type,
            Long parentId,
            String path,
            @Description("The locale that was served") String locale,
            String title,
            String subtitle,
            String slug,
            List<String> tags,
            String excerpt,
            boolean featured,
            int position,
            Instant publishedAt,
            @Ignore long siteId,
            @Ignore String askedLocale,
            @Ignore String bodyJson) {

        static ContentNode of(ContentSummaryResponse s, long siteId, String askedLocale, String bodyJson) {
            return new ContentNode(
                    s.id(),
                    s.type(),
                    s.parentId(),
                    s.path(),
                    s.locale(),
                    s.title(),
                    s.subtitle(),
                    s.slug(),
                    s.tags(),
                    s.excerpt(),
                    s.featured(),
                    s.position(),
                    s.publishedAt(),
                    siteId,
                    askedLocale,
                    bodyJson);
        }
    }

    @Name("ContentPage")
    public record ContentPageNode(
            List<ContentNode> items,
            int page,
            int size,

            @Description("Matching items; when totalExact is false, there are more than this many")
            long totalItems,

            int totalPages,

            @Description("False when the total was counted only up to the count limit: more than totalItems")
            boolean totalExact,

            @Description("In publishing order: pass as after for the next page; null on the last page")
            String nextCursor) {}
}
