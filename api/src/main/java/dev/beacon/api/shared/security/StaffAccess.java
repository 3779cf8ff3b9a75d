package dev.beacon.api.shared.security;

import dev.beacon.api.shared.security.SiteRole.Right;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The one place that answers "may this staff member do this on this site?". Checked before the site is
 * even looked up, so a caller without rights learns nothing about which sites exist.
 */
@RequestScoped
public class StaffAccess {

    @Inject
    SecurityIdentity identity;

    public void require(String site, Right right) {
        if (!allows(site, right)) {
            throw new ForbiddenException();
        }
    }

    public boolean allows(String site, Right right) {
        requireStaff();
        if (identity.hasRole(SiteRole.PLATFORM_ADMIN)) {
            return true;
        }
        return Arrays.stream(SiteRole.values())
                .anyMatch(role -> role.grants(right) && identity.hasRole(role.group(site)));
    }

    /**
     * Editors or moderators: editors look through what people wrote for what is worth an article (tips, story
     * entries), moderators screen it.
     */
    public void requireEditOrModerate(String site) {
        if (!allows(site, Right.EDIT) && !allows(site, Right.MODERATE)) {
            throw new ForbiddenException();
        }
    }

    public void requirePlatformAdmin() {
        requireStaff();
        if (!identity.hasRole(SiteRole.PLATFORM_ADMIN)) {
            throw new ForbiddenException();
        }
    }

    public boolean isPlatformAdmin() {
        return identity.hasRole(SiteRole.PLATFORM_ADMIN);
    }

    /** The sites on which this staff member has any role (all sites for a platform admin: null). */
    public Set<String> sites() {
        return identity.getRoles().stream()
                .filter(r -> r.startsWith("/sites/"))
                .map(r -> r.split("/"))
                .filter(parts -> parts.length == 4)
                .map(parts -> parts[2])
                .collect(Collectors.toSet());
    }

    public String name() {
        return identity.isAnonymous() ? null : identity.getPrincipal().getName();
    }

    /** Management is for people: a channel adapter's service account acts for the public, never as staff. */
    public void requireStaff() {
        if (identity.isAnonymous()) {
            throw new UnauthorizedException();
        }
        if (identity.hasRole(SiteRole.CHANNEL) && !identity.hasRole(SiteRole.PLATFORM_ADMIN)) {
            throw new ForbiddenException();
        }
    }
}
