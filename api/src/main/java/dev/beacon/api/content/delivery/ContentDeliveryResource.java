package dev.beacon.api.content.delivery;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.beacon.api.content.channels.ChannelVariants;
import dev.beacon.api.content.delivery.DeliveryResponses.ContentListResponse;
import dev.beacon.api.content.delivery.DeliveryResponses.ContentResponse;
import dev.beacon.api.content.delivery.DeliveryResponses.ContentSummaryResponse;
import dev.beacon.api.shared.cache.PublishedState;
import dev.beacon.api.shared.cache.ResponseCache;
import dev.beacon.api.shared.cache.ResponseCache.Delivered;
import dev.beacon.api.shared.http.LocalisedSiteResource;
import dev.beacon.api.shared.paging.PageRequest;
import dev.beacon.api.sites.SiteDirectory;
import dev.beacon.api.sites.SiteDirectory.SiteView;
import dev.beacon.text.Platform;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Public reads of published content. Every response carries a strong ETag and a Cache-Control that
 * never outlives the next scheduled change; {@code If-None-Match} answers 304 without a body.
 */
@Path("/api/v1/sites/{site}")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Delivery")
public class ContentDeliveryResource extends LocalisedSiteResource {

    @Inject
    SiteDirectory sites;

    @Inject
    ContentDeliveryService delivery;

    @Inject
    PublishedState state;

    @Inject
    ResponseCache cache;

    @Inject
    ObjectMapper json;

    @HeaderParam(HttpHeaders.IF_NONE_MATCH)
    String ifNoneMatch;

    @GET
    @Path("content")
    @Operation(
            summary = "List published content",
            description =
                    "Filters combine. section lists one section's children; descendantOf everything below it; q searches with the locale's language rules.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = ContentListResponse.class)))
    public Response list(
            @QueryParam("type") String type,
            @QueryParam("section") Long section,
            @QueryParam("descendantOf") Long descendantOf,
            @QueryParam("tag") String tag,
            @QueryParam("q") String q,
            @QueryParam("featured") Boolean featured,
            @QueryParam("order")
                    @Parameter(
                            description =
                                    "-publishedAt (default), publishedAt, title, -title, position, relevance (default with q)")
                    String order,
            @QueryParam("page") @Min(1) @Max(PageRequest.MAX_PAGE) Integer page,
            @QueryParam("size") @Min(1) @Max(PageRequest.MAX_SIZE) Integer size,
            @QueryParam("after")
                    @Parameter(
                            description = "nextCursor of the previous page: the page after it, in publishing order"
                                    + " (order -publishedAt or publishedAt); no item is skipped or repeated while"
                                    + " content is published between pages. Instead of page")
                    String after,
            @QueryParam("fields")
                    @Parameter(
                            description = "What each item carries, comma-separated: summary fields (* for all of"
                                    + " them), and body and seo, which only a list that names them carries, e.g."
                                    + " fields=*,body for a page of full items or fields=id,title,path. Unknown"
                                    + " names are refused (400)")
                    String fields) {
        SiteView view = sites.require(site);
        DeliveryQuery query =
                DeliveryQuery.of(type, section, descendantOf, tag, q, featured, order, page, size, after, fields);
        return cache.respond(listKey(site, locale, query), state.epoch(view.id()), ifNoneMatch, () -> {
            ContentListResponse result = delivery.list(view, query, locale);
            String served = result.items().stream()
                    .map(ContentSummaryResponse::locale)
                    .distinct()
                    .sorted()
                    .collect(Collectors.joining(", "));
            return new Delivered(
                    query.fields() == null || !query.fields().sparse() ? result : sparse(result, query.fields()),
                    served.isEmpty() ? view.locales().chainFor(locale).get(0) : served);
        });
    }

    @GET
    @Path("content/{id}")
    @Operation(
            summary = "Get one published item in the best available locale",
            description = "With channel, the response also carries the item's messages for that chat channel")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = ContentResponse.class)))
    public Response get(
            @PathParam("id") long id, @QueryParam("channel") @Parameter(description = CHANNEL) String channel) {
        Platform platform = ChannelVariants.parameter("channel", channel);
        return item(itemKey(site, locale, id, channel), view -> delivery.get(view, id, locale, platform));
    }

    @GET
    @Path("paths/{path: .+}")
    @Operation(summary = "Look up a published item by its path of slugs, e.g. /health/tips")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = ContentResponse.class)))
    public Response byPath(
            @PathParam("path")
                    @Parameter(
                            description = "The slugs from the top of the tree, separated by /, e.g. health/tips:"
                                    + " the parameter spans several path segments")
                    String path,
            @QueryParam("channel") @Parameter(description = CHANNEL) String channel) {
        Platform platform = ChannelVariants.parameter("channel", channel);
        return item(pathKey(site, locale, path, channel), view -> delivery.byPath(view, path, locale, platform));
    }

    /** The page with every item cut down to the fields asked for. */
    private ObjectNode sparse(ContentListResponse page, ListFields fields) {
        ObjectNode tree = json.valueToTree(page);
        tree.withArray("items").forEach(item -> ((ObjectNode) item).retain(fields.names()));
        return tree;
    }

    private static final String CHANNEL = "whatsapp, messenger, telegram, sms or ussd: adds the item's messages for"
            + " that channel (written by an editor, else derived from the body)";

    /** One item, cached per site, locale and key; Content-Language is the locale actually served. */
    private Response item(String key, java.util.function.Function<SiteView, ContentResponse> read) {
        SiteView view = sites.require(site);
        return cache.respond(key, state.epoch(view.id()), ifNoneMatch, () -> {
            ContentResponse item = read.apply(view);
            return new Delivered(item, item.locale());
        });
    }

    // The response cache's keys, here and in DeliveryCacheFilter, which answers hits before this resource runs.

    static String listKey(String site, String locale, DeliveryQuery query) {
        return "list|" + site + "|" + locale + "|" + query.key();
    }

    static String itemKey(String site, String locale, long id, String channel) {
        return "item|" + id + "|" + site + "|" + locale + "|" + channel;
    }

    static String pathKey(String site, String locale, String path, String channel) {
        return "path|" + path + "|" + site + "|" + locale + "|" + channel;
    }
}
