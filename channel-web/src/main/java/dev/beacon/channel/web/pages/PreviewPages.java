package dev.beacon.channel.web.pages;

import dev.beacon.channel.kit.BeaconDelivery;
import dev.beacon.channel.kit.model.Content;
import dev.beacon.channel.web.view.Article;
import dev.beacon.channel.web.view.BlockView;
import dev.beacon.channel.web.view.Html;
import dev.beacon.channel.web.view.Page;
import dev.beacon.channel.web.view.PageFactory;
import dev.beacon.channel.web.view.Templates;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.regex.Pattern;

/**
 * A draft as its article page will look, read from the api with a preview token the admin asked for (the admin shows
 * this page in frames the size of a feature phone and a smartphone). The article template of published pages, without
 * reactions or comments (a draft has none); never cached, never indexed. An ended or forged token is "not found".
 */
@Path("/s/{site}/preview/{token}")
@Produces(Html.UTF8)
public class PreviewPages {

    /** The api's tokens: two base64url parts; anything else is not sent on. */
    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{1,200}\\.[A-Za-z0-9_-]{1,100}");

    @Inject
    BeaconDelivery delivery;

    @Inject
    PageFactory pages;

    @GET
    public Response preview(@PathParam("site") String site, @PathParam("token") String token) {
        if (!TOKEN.matcher(token).matches()) {
            throw new NotFoundException();
        }
        Content content = delivery.preview(site, token, null);
        Page p = pages.page(site, content.locale(), "/preview/" + token);
        p.titled(content.title());
        Article article = new Article(content, BlockView.of(content.body(), p.imageWidth()), false, null, null, false);
        return Response.ok(Templates.article(p, article))
                .header(HttpHeaders.CACHE_CONTROL, "private, no-store")
                .header("X-Robots-Tag", "noindex")
                .build();
    }
}
