package dev.beacon.api.shared.http;

/** Beacon's own HTTP headers, named once for the features and for the contract's rules. */
public final class Headers {

    private Headers() {}

    /** The person a channel adapter acts for, as {@code <channel>:<id>} (e.g. {@code messenger:2741}). */
    public static final String SUBJECT = "Beacon-Subject";
}
