package dev.beacon.admin.signin;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Base64;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What a staff token says the person may do, read from its claims ({@code realm_access.roles} and the groups
 * {@code /sites/<slug>/admin|editor|moderator}) to decide which actions to <em>show</em>. The signature is not checked
 * here: the api checks it on every call and its answer ({@code 403}) is what counts.
 */
public record Rights(boolean platformAdmin, Map<String, Set<String>> roles) {

    private static final ObjectMapper JSON = new ObjectMapper();

    public static final Rights NONE = new Rights(false, Map.of());

    public static Rights of(String jwt) {
        String[] parts = jwt == null ? new String[0] : jwt.split("\\.");
        if (parts.length < 2) {
            return NONE;
        }
        try {
            JsonNode claims = JSON.readTree(Base64.getUrlDecoder().decode(parts[1]));
            boolean platformAdmin = false;
            for (JsonNode role : claims.path("realm_access").path("roles")) {
                platformAdmin |= "platform-admin".equals(role.asText());
            }
            Map<String, Set<String>> roles = new TreeMap<>();
            for (JsonNode group : claims.path("groups")) {
                String[] path = group.asText().split("/");
                if (path.length == 4 && path[1].equals("sites")) {
                    roles.computeIfAbsent(path[2], s -> new TreeSet<>()).add(path[3]);
                }
            }
            return new Rights(platformAdmin, roles);
        } catch (java.io.IOException | IllegalArgumentException unreadable) {
            return NONE;
        }
    }

    /** A role on a site; {@code site} is null for the platform-wide role. */
    public record Grant(String site, String role) {}

    public java.util.List<Grant> grants() {
        java.util.List<Grant> grants = new java.util.ArrayList<>();
        if (platformAdmin) {
            grants.add(new Grant(null, "platform-admin"));
        }
        roles.forEach((site, names) -> names.forEach(role -> grants.add(new Grant(site, role))));
        return grants;
    }

    private boolean has(String site, String... any) {
        Set<String> mine = roles.getOrDefault(site, Set.of());
        for (String role : any) {
            if (mine.contains(role)) {
                return true;
            }
        }
        return platformAdmin;
    }

    /** Editors and admins write and publish; moderators only read content. */
    public boolean canEdit(String site) {
        return has(site, "admin", "editor");
    }

    public boolean canPublish(String site) {
        return has(site, "admin", "editor");
    }

    /** Site admins (and platform admins) handle people's data requests and the site's settings. */
    public boolean canAdminister(String site) {
        return has(site, "admin");
    }

    /** Moderators and admins work the moderation queue; editors do not. */
    public boolean canModerate(String site) {
        return has(site, "admin", "moderator");
    }
}
