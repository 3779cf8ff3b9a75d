package dev.beacon.api.content.delivery;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.beacon.api.content.blocks.Block;
import dev.beacon.api.content.channels.ChannelDeriver;
import dev.beacon.api.content.channels.ChannelResponse;
import dev.beacon.api.content.channels.ChannelVariants;
import dev.beacon.api.content.delivery.DeliveryResponses.ContentListResponse;
import dev.beacon.api.content.delivery.DeliveryResponses.ContentResponse;
import dev.beacon.api.content.delivery.DeliveryResponses.ContentSummaryResponse;
import dev.beacon.api.shared.cache.PublishedState;
import dev.beacon.api.shared.config.BeaconConfig;
import dev.beacon.api.shared.error.ProblemException;
import dev.beacon.api.sites.SiteDirectory.SiteView;
import dev.beacon.text.Platform;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Reads of published content with locale fallback: the logic behind both REST delivery and GraphQL. */
@ApplicationScoped
public class ContentDeliveryService {

    private record Tree(long generation, SiteTree tree) {}

    private final Map<Long, Tree> trees = new ConcurrentHashMap<>();

    @Inject
    dev.beacon.api.content.blocks.LibraryImages libraryImages;

    @Inject
    PublishedContentReader reader;

    @Inject
    PublishedState state;

    @Inject
    Clock clock;

    @Inject
    BeaconConfig config;

    @Inject
    ObjectMapper json;

    public ContentResponse get(SiteView site, long id, String requestedLocale) {
        List<String> chain = site.locales().chainFor(requestedLocale);
        Instant now = clock.instant();
        PublishedContentReader.Row row =
                reader.one(site.id(), id, chain, now).orElseThrow(() -> ProblemException.notFound("Content", id));
        SiteTree tree = tree(site, now);
        return new ContentResponse(
                row.id(),
                site.slug(),
                row.type(),
                row.parentId(),
                tree.path(row.id(), chain).orElse(null),
                row.locale(),
                chain.get(0),
                tree.locales(row.id()),
                row.title(),
                row.subtitle(),
                row.slug(),
                row.tags(),
                row.excerpt(),
                row.body(),
                row.seo(),
                row.featured(),
                row.position(),
                row.revision(),
                row.publishedAt(),
                null);
    }

    /**
     * The item with its messages for one channel. Written variants win over derived ones along the whole fallback
     * chain: the first translation of the chain that has a written variant for the channel gives it (a pt-BR person
     * gets the pt WhatsApp variant before the en one, even when pt-BR itself is published without one); when none
     * has, the messages are derived from the body of the translation served.
     */
    public ContentResponse get(SiteView site, long id, String requestedLocale, Platform channel) {
        ContentResponse item = get(site, id, requestedLocale);
        return channel == null
                ? item
                : item.withChannel(channel(site, item.id(), item.locale(), requestedLocale, item.title(), channel));
    }

    public ContentResponse byPath(SiteView site, String path, String requestedLocale, Platform channel) {
        ContentResponse item = byPath(site, path, requestedLocale);
        return channel == null
                ? item
                : item.withChannel(channel(site, item.id(), item.locale(), requestedLocale, item.title(), channel));
    }

    /** The messages of one item served in {@code servedLocale} (after fallback from {@code requestedLocale}). */
    public ChannelResponse channel(
            SiteView site, long itemId, String servedLocale, String requestedLocale, String title, Platform platform) {
        List<String> chain = site.locales().chainFor(requestedLocale);
        Instant now = clock.instant();
        String name = ChannelVariants.name(platform);
        var written = reader.written(site.id(), itemId, chain, name, now);
        if (written.isPresent()) {
            return new ChannelResponse(
                    name,
                    ChannelResponse.WRITTEN,
                    written.get().locale(),
                    messages(written.get().messages()));
        }
        List<Block> blocks = libraryImages
                .resolve(
                        site.id(),
                        servedLocale,
                        reader.sourceBody(site.id(), itemId, servedLocale)
                                .map(this::blocks)
                                .orElse(List.of()))
                .blocks();
        var messages = ChannelDeriver.derive(
                platform,
                servedLocale,
                title,
                blocks,
                embedId -> reader.one(site.id(), embedId, chain, now)
                        .map(r -> new ChannelDeriver.Embedded(r.id(), r.type(), r.title()))
                        .orElse(null),
                site.response().sms().maxParts());
        return new ChannelResponse(name, ChannelResponse.DERIVED, servedLocale, messages);
    }

    private List<ChannelResponse.Message> messages(String json) {
        try {
            return List.of(this.json.readValue(json, ChannelResponse.Message[].class));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private List<Block> blocks(String json) {
        try {
            return List.of(this.json.readValue(json, Block[].class));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    public ContentResponse byPath(SiteView site, String path, String requestedLocale) {
        List<String> segments =
                Arrays.stream(path.split("/")).filter(s -> !s.isBlank()).toList();
        if (segments.isEmpty()) {
            throw ProblemException.notFound("Path", "/");
        }
        List<String> chain = site.locales().chainFor(requestedLocale);
        long id = tree(site, clock.instant())
                .resolve(segments, chain)
                .orElseThrow(() -> ProblemException.notFound("Path", "/" + String.join("/", segments)));
        return get(site, id, requestedLocale);
    }

    public ContentListResponse list(SiteView site, DeliveryQuery query, String requestedLocale) {
        List<String> chain = site.locales().chainFor(requestedLocale);
        Instant now = clock.instant();
        SiteTree tree = tree(site, now);
        List<Long> parents = null;
        if (query.descendantOf() != null) {
            if (!tree.contains(query.descendantOf())) {
                throw ProblemException.notFound("Section", query.descendantOf());
            }
            parents = tree.parentsWithin(query.descendantOf());
        }
        var delivery = config.delivery();
        PublishedContentReader.Page page =
                reader.list(site.id(), chain, query, parents, now, delivery.countLimit(), delivery.rankWindow());
        List<ContentSummaryResponse> items =
                page.rows().stream().map(r -> summary(r, tree, chain)).toList();
        if (query.fields() != null && (query.fields().body() || query.fields().seo()) && !items.isEmpty()) {
            // one more statement for the whole page, whatever its size
            Map<String, PublishedContentReader.Full> full = reader.full(
                    site.id(),
                    items.stream().map(ContentSummaryResponse::id).toList(),
                    items.stream()
                            .map(ContentSummaryResponse::locale)
                            .distinct()
                            .toList());
            items = items.stream()
                    .map(i -> {
                        var f = full.get(i.id() + "|" + i.locale());
                        return f == null
                                ? i
                                : i.withFull(
                                        query.fields().body() ? f.body() : null,
                                        query.fields().seo() ? f.seo() : null);
                    })
                    .toList();
        }
        return ContentListResponse.of(items, query.page(), page.total(), page.exact(), page.next());
    }

    /**
     * Children of many sections (or, with {@code parents} null, the top-level sections of the sites) in one
     * query, keyed by parent id (or site id), for GraphQL's batched resolvers.
     */
    public Map<Long, List<ContentSummaryResponse>> children(
            List<SiteView> sites, List<Long> parents, String requestedLocale) {
        Map<Long, List<String>> chains = new LinkedHashMap<>();
        Map<Long, SiteView> byId = new LinkedHashMap<>();
        sites.forEach(s -> {
            chains.put(s.id(), s.locales().chainFor(requestedLocale));
            byId.put(s.id(), s);
        });
        Instant now = clock.instant();
        Map<Long, List<ContentSummaryResponse>> result = new LinkedHashMap<>();
        if (chains.isEmpty()) {
            return result;
        }
        for (PublishedContentReader.SiteRow sr : reader.children(chains, parents, now)) {
            PublishedContentReader.Row r = sr.row();
            long key = parents == null ? sr.siteId() : r.parentId();
            SiteTree tree = tree(byId.get(sr.siteId()), now);
            result.computeIfAbsent(key, k -> new ArrayList<>()).add(summary(r, tree, chains.get(sr.siteId())));
        }
        return result;
    }

    /** Rendered bodies of served translations, keyed "itemId|locale". */
    public Map<String, String> bodies(List<Long> itemIds, List<String> locales) {
        return itemIds.isEmpty() ? Map.of() : reader.bodies(itemIds, locales);
    }

    /** Every live translation of the items, grouped by item. */
    public Map<Long, List<ContentSummaryResponse>> translations(SiteView site, List<Long> itemIds) {
        Instant now = clock.instant();
        SiteTree tree = tree(site, now);
        Map<Long, List<ContentSummaryResponse>> result = new LinkedHashMap<>();
        if (!itemIds.isEmpty()) {
            for (PublishedContentReader.Row r : reader.translations(itemIds, now)) {
                result.computeIfAbsent(r.id(), k -> new ArrayList<>()).add(summary(r, tree, List.of(r.locale())));
            }
        }
        return result;
    }

    private static ContentSummaryResponse summary(PublishedContentReader.Row r, SiteTree tree, List<String> chain) {
        return new ContentSummaryResponse(
                r.id(),
                r.type(),
                r.parentId(),
                tree.path(r.id(), chain).orElse(null),
                r.locale(),
                r.title(),
                r.subtitle(),
                r.slug(),
                r.tags(),
                r.excerpt(),
                r.featured(),
                r.position(),
                r.publishedAt(),
                null,
                null);
    }

    /** The site's live tree for the current epoch, loaded once per epoch and shared by all reads. */
    private SiteTree tree(SiteView site, Instant now) {
        long generation = state.epoch(site.id()).generation();
        Tree cached = trees.get(site.id());
        if (cached == null || cached.generation() != generation) {
            cached = new Tree(generation, new SiteTree(reader.treeEntries(site.id(), now)));
            trees.put(site.id(), cached);
        }
        return cached.tree();
    }
}
