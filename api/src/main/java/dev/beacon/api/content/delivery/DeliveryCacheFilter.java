package dev.beacon.api.content.delivery;

import dev.beacon.api.shared.cache.PublishedState;
import dev.beacon.api.shared.cache.ResponseCache;
import dev.beacon.api.shared.http.StrictParameters;
import dev.beacon.api.sites.SiteDirectory;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.util.Optional;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.SimpleResourceInfo;

/**
 * Answers the delivery reads that the response cache already holds on the event loop, before the request is handed
 * to a worker thread. {@link ContentDeliveryResource}'s methods are blocking because a miss reads PostgreSQL; a hit
 * needs none of that (a map lookup and the cached bytes), and the hop to a worker and back was most of its cost.
 * <p>
 * Only what is held in memory is used: the site from {@link SiteDirectory#held}, its open epoch from
 * {@link PublishedState#held}, the bytes from {@link ResponseCache#hit}. Anything else — a miss, a site or epoch that
 * must be read first, a parameter that does not parse — goes on to the resource, which answers it as before. Both
 * paths build the same key and the same response (ETag, 304, Cache-Control, Content-Language).
 */
@Singleton
public class DeliveryCacheFilter {

    private final SiteDirectory sites;
    private final PublishedState state;
    private final ResponseCache cache;
    private final Counter hits;

    @Inject
    DeliveryCacheFilter(SiteDirectory sites, PublishedState state, ResponseCache cache, MeterRegistry registry) {
        this.sites = sites;
        this.state = state;
        this.cache = cache;
        this.hits = Counter.builder("beacon.delivery.event.loop.hits")
                .description("Delivery reads answered from the response cache on the event loop")
                .register(registry);
    }

    @ServerRequestFilter(nonBlocking = true)
    public Optional<Response> answerFromCache(ContainerRequestContext request, SimpleResourceInfo resource) {
        if (resource.getResourceClass() != ContentDeliveryResource.class || !"GET".equals(request.getMethod())) {
            return Optional.empty();
        }
        MultivaluedMap<String, String> path = request.getUriInfo().getPathParameters();
        MultivaluedMap<String, String> query = request.getUriInfo().getQueryParameters();
        String site = path.getFirst("site");
        String key = key(resource.getMethodName(), site, path, query);
        if (key == null) {
            return Optional.empty();
        }
        Optional<Response> hit = sites.held(site)
                .flatMap(view -> state.held(view.id()))
                .flatMap(epoch -> cache.hit(
                        key,
                        epoch,
                        request.getHeaderString(HttpHeaders.IF_NONE_MATCH),
                        request.getHeaderString(HttpHeaders.ACCEPT_ENCODING)));
        hit.ifPresent(h -> hits.increment());
        return hit;
    }

    /** The resource method's cache key, or null when the parameters are for the resource to judge. */
    static String key(
            String method, String site, MultivaluedMap<String, String> path, MultivaluedMap<String, String> query) {
        String locale = query.getFirst("locale");
        try {
            switch (method) {
                case "get":
                    return ContentDeliveryResource.itemKey(
                            site, locale, Long.parseLong(path.getFirst("id")), query.getFirst("channel"));
                case "byPath":
                    return ContentDeliveryResource.pathKey(
                            site, locale, path.getFirst("path"), query.getFirst("channel"));
                case "list":
                    return ContentDeliveryResource.listKey(
                            site,
                            locale,
                            DeliveryQuery.of(
                                    query.getFirst("type"),
                                    number(query.getFirst("section")),
                                    number(query.getFirst("descendantOf")),
                                    query.getFirst("tag"),
                                    query.getFirst("q"),
                                    query.getFirst("featured") == null
                                            ? null
                                            : StrictParameters.bool(query.getFirst("featured")),
                                    query.getFirst("order"),
                                    whole(query.getFirst("page")),
                                    whole(query.getFirst("size")),
                                    query.getFirst("after"),
                                    query.getFirst("fields")));
                default:
                    return null;
            }
        } catch (RuntimeException unparsed) {
            return null; // a bad id, number or filter: the resource answers it (404, 400) as it always has
        }
    }

    private static Long number(String s) {
        return s == null ? null : Long.valueOf(s);
    }

    private static Integer whole(String s) {
        return s == null ? null : Integer.valueOf(s);
    }
}
