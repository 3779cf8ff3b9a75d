package dev.beacon.api.testing;

import java.util.concurrent.ThreadLocalRandom;

/** Unique names for test data. */
public final class Names {

    private Names() {}

    /** A unique alias of letters only: digits could add up to something that reads as a phone number. */
    public static String alias(String prefix) {
        StringBuilder sb = new StringBuilder(prefix);
        for (int i = 0; i < 10; i++) {
            sb.append((char) ('a' + ThreadLocalRandom.current().nextInt(26)));
        }
        return sb.toString();
    }
}
