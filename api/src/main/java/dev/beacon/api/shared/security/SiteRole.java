package dev.beacon.api.shared.security;

import java.util.EnumSet;
import java.util.Set;

/**
 * What a staff member may do on one site. Rights come from the identity provider as groups named
 * {@code /sites/<slug>/<role>}, so they are managed where staff accounts are, and need no table here.
 */
public enum SiteRole {
    admin(EnumSet.of(Right.READ, Right.EDIT, Right.PUBLISH, Right.MODERATE, Right.ADMINISTER)),
    editor(EnumSet.of(Right.READ, Right.EDIT, Right.PUBLISH)),
    moderator(EnumSet.of(Right.READ, Right.MODERATE));

    /** Realm role of the people who run the platform: every right on every site, and creating sites. */
    public static final String PLATFORM_ADMIN = "platform-admin";
    /** Realm role of channel adapters' service accounts. */
    public static final String CHANNEL = "channel";
    /** Realm role of integrations' service accounts (search, CDN, analytics) that read every site's event feed. */
    public static final String EVENTS = "events";

    public enum Right {
        READ,
        EDIT,
        PUBLISH,
        MODERATE,
        ADMINISTER
    }

    private final Set<Right> rights;

    SiteRole(Set<Right> rights) {
        this.rights = rights;
    }

    public boolean grants(Right right) {
        return rights.contains(right);
    }

    /** The group (as it appears in the token's roles) that gives this role on a site. */
    public String group(String site) {
        return "/sites/" + site + "/" + name();
    }
}
