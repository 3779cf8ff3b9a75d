package dev.beacon.admin.signin;

import java.time.Instant;

/** Who is signed in: a name to show and the access token the api is called with (theirs, never a shared one). */
public record StaffMember(String name, String accessToken, Instant expiresAt) {

    public boolean expired(Instant now) {
        return expiresAt != null && !now.isBefore(expiresAt);
    }
}
