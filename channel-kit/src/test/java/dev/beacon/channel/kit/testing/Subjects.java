package dev.beacon.channel.kit.testing;

import java.util.UUID;

/** Identities for tests, as channels name the people they act for ({@code Beacon-Subject}). */
public final class Subjects {

    private Subjects() {}

    /** A new person on the web channel; the API creates their profile on first contact. */
    public static String newWebPerson() {
        return "web:" + UUID.randomUUID();
    }
}
