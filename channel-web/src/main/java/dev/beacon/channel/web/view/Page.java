package dev.beacon.channel.web.view;

import dev.beacon.channel.kit.model.Site;
import dev.beacon.channel.kit.model.SiteLocale;
import dev.beacon.channel.kit.model.Skin;
import dev.beacon.channel.web.i18n.Texts;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * What the one base layout needs on every page: the site and its skin, the locale served, the interface texts,
 * how links are built (site root, {@code lang}), whether this is a Free Basics (light) request, and the CSRF token
 * of forms. Built by {@link PageFactory}.
 */
public class Page {

    private static final Pattern SITE_LINK = Pattern.compile("href=\"(/[a-z0-9][a-z0-9/-]*)\"");
    private static final Pattern COLOUR = Pattern.compile("^#[0-9a-fA-F]{6}$");

    private final Site site;
    private final String locale;
    private final Texts texts;
    private final String root;
    private final boolean light;
    private final String path;
    private final int imageWidth;
    private final List<String> etags = new ArrayList<>();
    private String title;
    private String csrf = "";
    private long maxAge;

    Page(
            Site site,
            String locale,
            Texts texts,
            String root,
            boolean light,
            int imageWidth,
            String path,
            String siteEtag,
            long siteMaxAge) {
        this.site = site;
        this.locale = locale;
        this.texts = texts;
        this.root = root;
        this.light = light;
        this.imageWidth = imageWidth;
        this.path = path;
        this.maxAge = siteMaxAge;
        etags.add(siteEtag);
        etags.add("img-w" + imageWidth);
    }

    public Site site() {
        return site;
    }

    /** The site locale asked of the API (content may still fall back along the chain). */
    public String locale() {
        return locale;
    }

    /** The interface language, the one {@code <html lang>} states. */
    public String lang() {
        return texts.language();
    }

    public Texts texts() {
        return texts;
    }

    public String msg(String key) {
        return texts.get(key);
    }

    public String msg(String key, Object arg) {
        return texts.format(key, arg);
    }

    public boolean light() {
        return light;
    }

    /** The width images are asked for on this page (see {@link PageFactory#imageWidth}). */
    public int imageWidth() {
        return imageWidth;
    }

    public String title() {
        return title == null ? site.name() : title + " · " + site.name();
    }

    public Page titled(String value) {
        this.title = value;
        return this;
    }

    public String csrf() {
        return csrf;
    }

    public Page withCsrf(String token) {
        this.csrf = token;
        return this;
    }

    /** A link inside the site, in the served locale, e.g. {@code href('/c/health')} → {@code /s/demo/c/health?lang=pt}. */
    /** The site's root path ({@code /s/demo}, or empty on a site's own host), without query. */
    public String root() {
        return root;
    }

    public String href(String sitePath) {
        String p = root + (sitePath.isEmpty() ? "/" : sitePath);
        return p + (p.contains("?") ? "&" : "?") + "lang=" + locale;
    }

    public String href(String prefix, String rest) {
        return href(prefix + rest);
    }

    /** Where a form posts: the site path, without query (the form carries {@code lang} itself). */
    public String action(String sitePath) {
        return root + sitePath;
    }

    /** The same page in another of the site's locales. */
    public String switchTo(String code) {
        String p = root + (path.isEmpty() ? "/" : path);
        return p + (p.contains("?") ? "&" : "?") + "lang=" + code;
    }

    public List<SiteLocale> locales() {
        return site.locales();
    }

    /** Whether the site asks for a profile field ({@code gender}, {@code location}, {@code dateOfBirth}). */
    public boolean asks(String field) {
        return dev.beacon.channel.kit.model.Profiles.asks(policy(field));
    }

    public boolean requires(String field) {
        return dev.beacon.channel.kit.model.Profiles.requires(policy(field));
    }

    private String policy(String field) {
        var profiles = site.profiles();
        if (profiles == null) {
            return "optional";
        }
        switch (field) {
            case "gender":
                return profiles.gender();
            case "location":
                return profiles.location();
            case "dateOfBirth":
                return profiles.dateOfBirth();
            default:
                return "off";
        }
    }

    /** A security question in the served locale's chain. */
    public String question(dev.beacon.channel.kit.model.SecurityQuestion q) {
        List<String> chain = site.locales().stream()
                .filter(l -> l.code().equals(locale))
                .findFirst()
                .map(SiteLocale::chain)
                .orElse(List.of(locale));
        return q.textIn(chain);
    }

    /**
     * The API's rendered HTML (safe, from the editor's Markdown) with links to the site's own paths
     * ({@code href="/health"}) turned into this site's pages, in the served locale.
     */
    public String siteHtml(String html) {
        if (html == null) {
            return "";
        }
        return SITE_LINK
                .matcher(html)
                .replaceAll(m -> java.util.regex.Matcher.quoteReplacement(
                        "href=\"" + href("/c" + m.group(1)).replace("&", "&amp;") + "\""));
    }

    public String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** The site's skin as a few CSS custom properties plus its own small CSS; colours are checked, never passed raw. */
    public String skinCss() {
        Skin skin = site.skin();
        String primary = skin != null
                        && skin.primaryColor() != null
                        && COLOUR.matcher(skin.primaryColor()).matches()
                ? skin.primaryColor()
                : "#1a5276";
        String accent = skin != null
                        && skin.accentColor() != null
                        && COLOUR.matcher(skin.accentColor()).matches()
                ? skin.accentColor()
                : "#f39c12";
        String own = skin == null || skin.css() == null ? "" : skin.css().replace("<", "");
        return ":root{--p:" + primary + ";--a:" + accent + "}" + own;
    }

    public String logo() {
        Skin skin = site.skin();
        return light || skin == null ? null : skin.logoUrl();
    }

    /** Every API ETag this page was made from: the page's own ETag is derived from them. */
    public List<String> etags() {
        return etags;
    }

    public long maxAge() {
        return maxAge;
    }

    public void uses(String etag, long apiMaxAge) {
        etags.add(etag);
        maxAge = Math.min(maxAge, apiMaxAge);
    }
}
