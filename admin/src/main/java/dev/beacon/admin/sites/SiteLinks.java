package dev.beacon.admin.sites;

/** The admin's paths under a site, in one place. */
public final class SiteLinks {

    private SiteLinks() {}

    public static String site(String slug) {
        return "/sites/" + slug;
    }

    public static String content(String slug) {
        return site(slug) + "/content";
    }
}
