package dev.beacon.admin.signin;

import java.time.Instant;
import java.util.Optional;

/**
 * The demo sign-in's session, sealed in the cookie {@value #COOKIE}: the person's name, the demo issuer's token and
 * when the session ends. Nothing is kept in this process.
 */
public final class DemoSession {

    public static final String COOKIE = "beacon_admin";

    private DemoSession() {}

    public static String seal(SessionCipher cipher, StaffMember member) {
        return cipher.seal(
                "v1\n" + member.name() + "\n" + member.expiresAt().getEpochSecond() + "\n" + member.accessToken());
    }

    /** The member in a cookie value, if it is ours, unaltered and not expired. */
    public static Optional<StaffMember> open(SessionCipher cipher, String cookie, Instant now) {
        if (cookie == null || cookie.isBlank()) {
            return Optional.empty();
        }
        return cipher.open(cookie)
                .map(text -> text.split("\n", 4))
                .filter(parts -> parts.length == 4 && parts[0].equals("v1") && parts[2].matches("\\d{1,12}"))
                .map(parts -> new StaffMember(parts[1], parts[3], Instant.ofEpochSecond(Long.parseLong(parts[2]))))
                .filter(member -> !member.expired(now));
    }
}
