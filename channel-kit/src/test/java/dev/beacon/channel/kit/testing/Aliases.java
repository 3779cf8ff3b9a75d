package dev.beacon.channel.kit.testing;

import java.security.SecureRandom;

/** Unique aliases for tests. Letters only: the API refuses an alias with a run of digits that looks like a phone number. */
public final class Aliases {

    private static final SecureRandom RANDOM = new SecureRandom();

    private Aliases() {}

    /** {@code prefix} followed by eight random lower-case letters. */
    public static String unique(String prefix) {
        StringBuilder alias = new StringBuilder(prefix);
        for (int i = 0; i < 8; i++) {
            alias.append((char) ('a' + RANDOM.nextInt(26)));
        }
        return alias.toString();
    }
}
