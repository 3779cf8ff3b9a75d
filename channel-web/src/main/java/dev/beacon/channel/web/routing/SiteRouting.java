package dev.beacon.channel.web.routing;

import dev.beacon.channel.web.config.WebConfig;
import io.quarkus.vertx.web.RouteFilter;
import io.vertx.ext.web.RoutingContext;
import jakarta.inject.Inject;
import java.util.Locale;

/**
 * Site by host name: a request for a configured host ({@code beacon.web.hosts}) is served as
 * {@code /s/{site}/…}, and its pages link without that prefix. Other hosts use the {@code /s/{site}/…} paths.
 */
public class SiteRouting {

    /** Routing-context key set on host-routed requests (context data survives the reroute; headers could be forged). */
    public static final String HOST_ROUTED = "beacon.host-routed";

    @Inject
    WebConfig config;

    @RouteFilter(100)
    void route(RoutingContext ctx) {
        String host = ctx.request().authority() == null
                ? null
                : ctx.request().authority().host();
        String site = host == null ? null : config.hosts().get(host.toLowerCase(Locale.ROOT));
        String path = ctx.normalizedPath();
        if (site != null && !path.startsWith("/s/") && !path.startsWith("/q/")) {
            ctx.put(HOST_ROUTED, Boolean.TRUE);
            String query = ctx.request().query();
            ctx.reroute("/s/" + site + ("/".equals(path) ? "" : path) + (query == null ? "" : "?" + query));
            return;
        }
        ctx.next();
    }
}
