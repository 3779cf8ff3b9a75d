package dev.beacon.channel.web.session;

import java.time.Instant;

/**
 * What the session cookie holds: an opaque random web identity ({@code web:<uuid>}, the person's Beacon-Subject),
 * when it was issued, and whether it is signed in (so anonymous form visitors never create a profile in the API).
 * Nothing personal.
 */
public record Session(String subject, Instant issuedAt, boolean signedIn) {}
