package dev.beacon.channel.messenger.config;

import dev.beacon.channel.kit.chat.SiteAccounts;
import java.util.Collection;
import java.util.Optional;

/** The pages of {@code BEACON_MESSENGER_PAGES}: {@code <page id>=<site>:<page access token>}, comma-separated. */
public final class Pages {

    private final SiteAccounts<Page> pages;

    private Pages(SiteAccounts<Page> pages) {
        this.pages = pages;
    }

    /** Parses the setting; a malformed entry stops the start-up with a message naming it (never its token). */
    public static Pages parse(String setting) {
        return new Pages(SiteAccounts.parse(setting, "BEACON_MESSENGER_PAGES", "page id", Page::new));
    }

    public Optional<Page> byId(String pageId) {
        return pages.byId(pageId);
    }

    /** The first page configured for {@code site}. */
    public Optional<String> idFor(String site) {
        return pages.idFor(site);
    }

    public Collection<Page> all() {
        return pages.all();
    }
}
