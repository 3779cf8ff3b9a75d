package dev.beacon.channel.messenger.config;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The pages of {@code BEACON_MESSENGER_PAGES}: {@code <page id>=<site>:<page access token>}, comma-separated. */
public final class Pages {

    private static final Pattern ENTRY =
            Pattern.compile("\\s*([0-9]+)\\s*=\\s*([a-z0-9][a-z0-9-]*)\\s*:\\s*(\\S+)\\s*");

    private final Map<String, Page> byId;

    private Pages(Map<String, Page> byId) {
        this.byId = java.util.Collections.unmodifiableMap(byId);
    }

    /** Parses the setting; a malformed entry stops the start-up with a message naming it (never its token). */
    public static Pages parse(String setting) {
        Map<String, Page> pages = new LinkedHashMap<>();
        if (setting != null && !setting.isBlank()) {
            int n = 0;
            for (String entry : setting.split(",")) {
                n++;
                Matcher m = ENTRY.matcher(entry);
                if (!m.matches()) {
                    throw new IllegalArgumentException(
                            "BEACON_MESSENGER_PAGES entry " + n
                                    + " is not <page id>=<site>:<page access token> (page ids are digits, sites lower-case slugs)");
                }
                if (pages.put(m.group(1), new Page(m.group(1), m.group(2), m.group(3))) != null) {
                    throw new IllegalArgumentException("BEACON_MESSENGER_PAGES names page " + m.group(1) + " twice");
                }
            }
        }
        return new Pages(pages);
    }

    public Optional<Page> byId(String pageId) {
        return Optional.ofNullable(pageId == null ? null : byId.get(pageId));
    }

    public Collection<Page> all() {
        return byId.values();
    }
}
