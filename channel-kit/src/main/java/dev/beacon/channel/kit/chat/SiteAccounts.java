package dev.beacon.channel.kit.chat;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The platform accounts one deployment answers for (Facebook Pages, WhatsApp phone numbers), from a setting of the
 * form {@code <account id>=<site>:<access token>}, comma-separated: each account id maps to a Beacon site and the
 * token that sends on its behalf. A malformed entry stops the start-up with a message naming it (never its token).
 */
public final class SiteAccounts<T> {

    /** Makes the adapter's own record of one account. */
    public interface Factory<T> {
        T of(String id, String site, String accessToken);
    }

    private static final Pattern ENTRY =
            Pattern.compile("\\s*([0-9]+)\\s*=\\s*([a-z0-9][a-z0-9-]*)\\s*:\\s*(\\S+)\\s*");

    private final Map<String, T> byId;
    private final Map<String, String> siteById;

    private SiteAccounts(Map<String, T> byId, Map<String, String> siteById) {
        this.byId = Collections.unmodifiableMap(byId);
        this.siteById = Collections.unmodifiableMap(siteById);
    }

    /** {@code env}: the setting's environment name, {@code idName}: what an id is ("page id"), for the messages. */
    public static <T> SiteAccounts<T> parse(String setting, String env, String idName, Factory<T> factory) {
        Map<String, T> accounts = new LinkedHashMap<>();
        Map<String, String> sites = new LinkedHashMap<>();
        if (setting != null && !setting.isBlank()) {
            int n = 0;
            for (String entry : setting.split(",")) {
                n++;
                Matcher m = ENTRY.matcher(entry);
                if (!m.matches()) {
                    throw new IllegalArgumentException(env + " entry " + n + " is not <" + idName
                            + ">=<site>:<access token> (" + idName + "s are digits, sites lower-case slugs)");
                }
                if (accounts.put(m.group(1), factory.of(m.group(1), m.group(2), m.group(3))) != null) {
                    throw new IllegalArgumentException(env + " names " + idName + " " + m.group(1) + " twice");
                }
                sites.put(m.group(1), m.group(2));
            }
        }
        return new SiteAccounts<>(accounts, sites);
    }

    public Optional<T> byId(String id) {
        return Optional.ofNullable(id == null ? null : byId.get(id));
    }

    /** The id of the first account configured for {@code site} (the one a site's pushed messages go out from). */
    public Optional<String> idFor(String site) {
        return siteById.entrySet().stream()
                .filter(e -> e.getValue().equals(site))
                .map(Map.Entry::getKey)
                .findFirst();
    }

    public Collection<T> all() {
        return byId.values();
    }
}
