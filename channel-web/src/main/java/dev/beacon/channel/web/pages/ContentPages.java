package dev.beacon.channel.web.pages;

import dev.beacon.channel.kit.BeaconDelivery;
import dev.beacon.channel.kit.Delivered;
import dev.beacon.channel.kit.Paths;
import dev.beacon.channel.kit.model.Content;
import dev.beacon.channel.kit.model.ContentPage;
import dev.beacon.channel.kit.model.ContentSummary;
import dev.beacon.channel.kit.rest.ContentQuery;
import dev.beacon.channel.web.community.ArticleTalk;
import dev.beacon.channel.web.participation.ParticipationLinks;
import dev.beacon.channel.web.view.Article;
import dev.beacon.channel.web.view.BlockView;
import dev.beacon.channel.web.view.Home;
import dev.beacon.channel.web.view.Html;
import dev.beacon.channel.web.view.Listing;
import dev.beacon.channel.web.view.Page;
import dev.beacon.channel.web.view.PageFactory;
import dev.beacon.channel.web.view.PageResponses;
import dev.beacon.channel.web.view.Templates;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.util.List;

/** The public pages: home, a section or an article by its path, a tag. The same for everyone, so cacheable. */
@Path("/s/{site}")
@Produces(Html.UTF8)
public class ContentPages {

    static final int PAGE_SIZE = 20;

    @Inject
    BeaconDelivery delivery;

    @Inject
    PageFactory pages;

    @Inject
    PageResponses responses;

    @Inject
    ArticleTalk talk;

    @PathParam("site")
    String site;

    @QueryParam("lang")
    String lang;

    @GET
    public Response home() {
        Page p = pages.page(site, lang, "");
        Delivered<ContentPage> featured =
                delivery.content(site, ContentQuery.all().featured(true).page(1, 20), p.locale());
        Delivered<ContentPage> sections = delivery.content(
                site, ContentQuery.all().type("section").order("position").page(1, 100), p.locale());
        p.uses(featured.etag(), featured.maxAge());
        p.uses(sections.etag(), sections.maxAge());
        List<ContentSummary> banners = featured.body().items().stream()
                .filter(i -> "banner".equals(i.type()) && i.path() != null)
                .toList();
        List<ContentSummary> stories = featured.body().items().stream()
                .filter(i -> !"banner".equals(i.type()) && i.path() != null)
                .toList();
        List<ContentSummary> top = sections.body().items().stream()
                .filter(s -> s.parentId() == null && s.path() != null)
                .toList();
        return responses.cacheable(p, () -> Templates.home(p, new Home(banners, stories, top)));
    }

    @GET
    @Path("c/{path: .+}")
    public Response item(
            @PathParam("path") String path,
            @QueryParam("page") Integer page,
            @QueryParam("comments") Integer commentsPage,
            @QueryParam("posted") Long posted) {
        if (!Paths.isSlugPath(path)) {
            throw new NotFoundException();
        }
        Page p = pages.page(site, lang, "/c/" + path);
        Delivered<Content> item = delivery.byPath(site, path, p.locale());
        p.uses(item.etag(), item.maxAge());
        Content content = item.body();
        if ("survey".equals(content.type()) || "competition".equals(content.type())) {
            return responses.seeOther(p.href(ParticipationLinks.pageOf(content.type(), content.id(), path)));
        }
        p.titled(content.title());
        if ("section".equals(content.type())) {
            Delivered<ContentPage> children = delivery.content(
                    site,
                    ContentQuery.all().section(content.id()).order("position").page(pageNumber(page), PAGE_SIZE),
                    p.locale());
            p.uses(children.etag(), children.maxAge());
            Listing list =
                    new Listing(content.title(), content.excerpt(), children.body(), p.href("/c/" + path) + "&page=");
            return responses.cacheable(p, () -> Templates.listing(p, list));
        }
        if ("poll".equals(content.type())) {
            return responses.seeOther(p.href("/polls/" + content.id()));
        }
        Article article = new Article(
                content,
                BlockView.of(content.body(), p.imageWidth()),
                !content.locale().equals(p.locale()),
                talk.reactions(p, site, content.id()),
                talk.comments(p, site, content.id(), pageNumber(commentsPage), p.href("/c/" + path) + "&comments="),
                posted != null);
        return responses.cacheable(p, () -> Templates.article(p, article));
    }

    @GET
    @Path("tag/{tag}")
    public Response tag(@PathParam("tag") String tag, @QueryParam("page") Integer page) {
        if (tag.length() > 60) {
            throw new NotFoundException();
        }
        Page p = pages.page(site, lang, "/tag/" + p0(tag));
        Delivered<ContentPage> tagged =
                delivery.content(site, ContentQuery.all().tag(tag).page(pageNumber(page), PAGE_SIZE), p.locale());
        p.uses(tagged.etag(), tagged.maxAge());
        String heading = p.msg("tag.title", tag);
        p.titled(heading);
        Listing list = new Listing(heading, null, tagged.body(), p.href("/tag/" + p0(tag)) + "&page=");
        return responses.cacheable(p, () -> Templates.listing(p, list));
    }

    static int pageNumber(Integer page) {
        return page == null || page < 1 ? 1 : Math.min(page, 1000);
    }

    private static String p0(String value) {
        return java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8);
    }
}
