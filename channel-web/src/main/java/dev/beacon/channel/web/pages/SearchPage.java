package dev.beacon.channel.web.pages;

import dev.beacon.channel.kit.BeaconDelivery;
import dev.beacon.channel.kit.Delivered;
import dev.beacon.channel.kit.model.ContentPage;
import dev.beacon.channel.kit.rest.ContentQuery;
import dev.beacon.channel.web.view.Html;
import dev.beacon.channel.web.view.Listing;
import dev.beacon.channel.web.view.Page;
import dev.beacon.channel.web.view.PageFactory;
import dev.beacon.channel.web.view.PageResponses;
import dev.beacon.channel.web.view.Templates;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;

/** Full-text search with the served locale's language rules (the API's {@code q}); a GET form, so no JavaScript and cacheable. */
@Path("/s/{site}/search")
@Produces(Html.UTF8)
public class SearchPage {

    @Inject
    BeaconDelivery delivery;

    @Inject
    PageFactory pages;

    @Inject
    PageResponses responses;

    @GET
    public Response search(
            @PathParam("site") String site,
            @QueryParam("lang") String lang,
            @QueryParam("q") String q,
            @QueryParam("page") Integer page) {
        String words = q == null ? "" : q.strip();
        if (words.length() > 200) {
            words = words.substring(0, 200);
        }
        String encoded = java.net.URLEncoder.encode(words, java.nio.charset.StandardCharsets.UTF_8);
        Page p = pages.page(site, lang, "/search" + (words.isEmpty() ? "" : "?q=" + encoded));
        p.titled(p.msg("search.title"));
        if (words.isEmpty()) {
            return responses.cacheable(p, () -> Templates.search(p, "", null));
        }
        Delivered<ContentPage> found = delivery.content(
                site,
                ContentQuery.all().search(words).page(ContentPages.pageNumber(page), ContentPages.PAGE_SIZE),
                p.locale());
        p.uses(found.etag(), found.maxAge());
        Listing list =
                new Listing(p.msg("search.title"), null, found.body(), p.href("/search?q=" + encoded) + "&page=");
        String shown = words;
        return responses.cacheable(p, () -> Templates.search(p, shown, list));
    }
}
