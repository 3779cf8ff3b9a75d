package dev.beacon.api.content.graphql;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.beacon.api.content.blocks.RenderedBlock;
import dev.beacon.api.content.channels.ChannelResponse;
import dev.beacon.api.content.channels.ChannelVariants;
import dev.beacon.api.content.delivery.ContentDeliveryService;
import dev.beacon.api.content.delivery.DeliveryQuery;
import dev.beacon.api.content.delivery.DeliveryResponses.ContentListResponse;
import dev.beacon.api.content.delivery.DeliveryResponses.ContentResponse;
import dev.beacon.api.content.delivery.DeliveryResponses.ContentSummaryResponse;
import dev.beacon.api.content.graphql.GraphQLNodes.ContentNode;
import dev.beacon.api.content.graphql.GraphQLNodes.ContentPageNode;
import dev.beacon.api.content.graphql.GraphQLNodes.SiteNode;
import dev.beacon.api.sites.SiteDirectory;
import dev.beacon.api.sites.SiteDirectory.SiteView;
import jakarta.inject.Inject;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;

/**
 * Delivery reads over GraphQL: a front-end gets a site, its sections, their content and its translations
 * in one round trip. Nested fields are batched ({@code @Source List}), so a query costs a fixed number
 * of statements however many parents it touches.
 */
@GraphQLApi
public class ContentGraphQLApi {

    @Inject
    SiteDirectory sites;

    @Inject
    ContentDeliveryService delivery;

    @Inject
    ObjectMapper json;

    @Query("sites")
    @Description("Every site")
    public List<SiteNode> allSites(@Name("locale") @Description("Preferred locale for nested content") String locale) {
        return sites.all().stream().map(s -> node(s, locale)).toList();
    }

    @Query("site")
    @Description("One site by slug")
    public SiteNode site(@Name("slug") @NonNull String slug, @Name("locale") String locale) {
        return node(sites.require(slug), locale);
    }

    @Description("Top-level sections")
    public List<List<ContentNode>> sections(@Source List<SiteNode> siteNodes) {
        Map<String, List<SiteNode>> byLocale = groupBy(siteNodes, n -> String.valueOf(n.askedLocale()));
        Map<SiteNode, List<ContentNode>> result = new LinkedHashMap<>();
        byLocale.forEach((locale, group) -> {
            String asked = group.get(0).askedLocale();
            Map<Long, List<ContentSummaryResponse>> bySite = delivery.children(views(group), null, asked);
            group.forEach(n -> result.put(n, nodes(bySite.get(n.id()), n.id(), asked)));
        });
        return siteNodes.stream().map(result::get).toList();
    }

    @Description("Published content of the site, filtered like the REST list")
    public ContentPageNode content(
            @Source SiteNode site,
            @Name("type") String type,
            @Name("section") Long section,
            @Name("descendantOf") Long descendantOf,
            @Name("tag") String tag,
            @Name("q") String q,
            @Name("featured") Boolean featured,
            @Name("order") String order,
            @Name("page") @DefaultValue("1") Integer page,
            @Name("size") @DefaultValue("20") Integer size,
            @Name("after") @Description("nextCursor of the previous page (order -publishedAt or publishedAt)")
                    String after) {
        SiteView view = sites.require(site.slug());
        ContentListResponse result = delivery.list(
                view,
                DeliveryQuery.of(type, section, descendantOf, tag, q, featured, order, page, size, after, null),
                site.askedLocale());
        return new ContentPageNode(
                nodes(result.items(), view.id(), site.askedLocale()),
                result.page(),
                result.size(),
                result.totalItems(),
                result.totalPages(),
                result.totalExact(),
                result.nextCursor());
    }

    @Description("One published item by id")
    public ContentNode item(@Source SiteNode site, @Name("id") long id) {
        return node(delivery.get(sites.require(site.slug()), id, site.askedLocale()), site);
    }

    @Description("One published item by path, e.g. /health/tips")
    public ContentNode byPath(@Source SiteNode site, @Name("path") @NonNull String path) {
        return node(delivery.byPath(sites.require(site.slug()), path, site.askedLocale()), site);
    }

    @Description("Published children of a section, in tree order")
    public List<List<ContentNode>> children(@Source List<ContentNode> parents) {
        Map<String, List<ContentNode>> groups = groupBy(parents, n -> n.siteId() + "|" + n.askedLocale());
        Map<Long, List<ContentNode>> byParent = new LinkedHashMap<>();
        groups.values().forEach(group -> {
            ContentNode first = group.get(0);
            SiteView view = siteById(first.siteId());
            List<Long> ids = group.stream().map(ContentNode::id).distinct().toList();
            delivery.children(List.of(view), ids, first.askedLocale())
                    .forEach((parent, list) -> byParent.put(parent, nodes(list, first.siteId(), first.askedLocale())));
        });
        return parents.stream()
                .map(p -> byParent.getOrDefault(p.id(), List.of()))
                .toList();
    }

    @Description("The body, rendered for every channel")
    public List<List<RenderedBlock>> body(@Source List<ContentNode> items) {
        List<ContentNode> missing =
                items.stream().filter(i -> i.bodyJson() == null).toList();
        Map<String, String> loaded = delivery.bodies(
                missing.stream().map(ContentNode::id).distinct().toList(),
                missing.stream().map(ContentNode::locale).distinct().toList());
        return items.stream()
                .map(i -> blocks(i.bodyJson() != null ? i.bodyJson() : loaded.get(i.id() + "|" + i.locale())))
                .toList();
    }

    @Description(
            "The item's messages for one chat channel (whatsapp, messenger, telegram, sms, ussd): written by an editor,"
                    + " else derived from the body")
    public ChannelResponse channel(@Source ContentNode item, @Name("name") @NonNull String name) {
        return delivery.channel(
                siteById(item.siteId()),
                item.id(),
                item.locale(),
                item.askedLocale(),
                item.title(),
                ChannelVariants.parameter("name", name));
    }

    @Description("Every published translation of this item (for a language switcher)")
    public List<List<ContentNode>> translations(@Source List<ContentNode> items) {
        Map<Long, List<ContentNode>> groupsBySite = new LinkedHashMap<>();
        items.forEach(i ->
                groupsBySite.computeIfAbsent(i.siteId(), k -> new ArrayList<>()).add(i));
        Map<Long, List<ContentNode>> byItem = new LinkedHashMap<>();
        groupsBySite.forEach((siteId, group) -> delivery.translations(
                        siteById(siteId),
                        group.stream().map(ContentNode::id).distinct().toList())
                .forEach((item, list) -> byItem.put(item, nodes(list, siteId, null))));
        return items.stream().map(i -> byItem.getOrDefault(i.id(), List.of())).toList();
    }

    private SiteView siteById(long id) {
        return sites.all().stream().filter(s -> s.id() == id).findFirst().orElseThrow();
    }

    private List<SiteView> views(List<SiteNode> nodes) {
        return nodes.stream().map(n -> sites.require(n.slug())).distinct().toList();
    }

    private static SiteNode node(SiteView s, String locale) {
        var r = s.response();
        return new SiteNode(r.slug(), r.name(), r.defaultLocale(), r.locales(), r.skin(), r.features(), s.id(), locale);
    }

    private static ContentNode node(ContentResponse c, SiteNode site) {
        return new ContentNode(
                c.id(),
                c.type(),
                c.parentId(),
                c.path(),
                c.locale(),
                c.title(),
                c.subtitle(),
                c.slug(),
                c.tags(),
                c.excerpt(),
                c.featured(),
                c.position(),
                c.publishedAt(),
                site.id(),
                site.askedLocale(),
                c.body());
    }

    private static List<ContentNode> nodes(List<ContentSummaryResponse> list, long siteId, String askedLocale) {
        return list == null
                ? List.of()
                : list.stream()
                        .map(s -> ContentNode.of(s, siteId, askedLocale, null))
                        .toList();
    }

    private List<RenderedBlock> blocks(String body) {
        if (body == null) {
            return List.of();
        }
        try {
            return Arrays.asList(json.readValue(body, RenderedBlock[].class));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static <T> Map<String, List<T>> groupBy(List<T> items, java.util.function.Function<T, String> key) {
        return items.stream().collect(Collectors.groupingBy(key, LinkedHashMap::new, Collectors.toList()));
    }
}
