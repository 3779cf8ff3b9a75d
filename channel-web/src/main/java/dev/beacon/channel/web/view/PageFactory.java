package dev.beacon.channel.web.view;

import dev.beacon.channel.kit.BeaconDelivery;
import dev.beacon.channel.kit.Delivered;
import dev.beacon.channel.kit.model.Site;
import dev.beacon.channel.web.i18n.LanguageChoice;
import dev.beacon.channel.web.i18n.Texts;
import dev.beacon.channel.web.routing.SiteRouting;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.HttpHeaders;
import java.util.Locale;

/** Builds this request's {@link Page}: the site from the API, the locale to serve, the link root, light mode. */
@RequestScoped
public class PageFactory {

    @Inject
    BeaconDelivery delivery;

    @Inject
    HttpHeaders headers;

    @Inject
    RoutingContext routing;

    /** {@code sitePath} is this page's path inside the site, e.g. {@code /c/health} (for the language switcher). */
    public Page page(String siteSlug, String lang, String sitePath) {
        Delivered<Site> site = delivery.site(siteSlug);
        String locale = LanguageChoice.choose(site.body(), lang, headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE));
        boolean hostRouted = Boolean.TRUE.equals(routing.get(SiteRouting.HOST_ROUTED));
        String root = hostRouted ? "" : "/s/" + siteSlug;
        return new Page(
                site.body(),
                locale,
                Texts.forLocale(locale),
                root,
                isFreeBasics(headers.getHeaderString("Via")),
                imageWidth(headers.getHeaderString("Save-Data")),
                sitePath,
                site.etag(),
                site.maxAge());
    }

    /**
     * The width images are drawn at: 240 px, or 160 px when the browser says {@code Save-Data: on} (data saver of
     * Chrome and Opera Mini). Both are widths of {@link dev.beacon.channel.web.images.ImageSizes}.
     */
    public static int imageWidth(String saveData) {
        return saveData != null && saveData.trim().equalsIgnoreCase("on") ? 160 : 240;
    }

    /** Free Basics (Internet.org) proxies say so in {@code Via}; they get the light pages. */
    public static boolean isFreeBasics(String via) {
        return via != null && via.toLowerCase(Locale.ROOT).contains("internet.org");
    }
}
