package dev.beacon.channel.kit.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;

/** A webhook of a site as the management API lists it (its secret is never listed). */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Webhook(long id, String url, List<String> eventTypes, boolean enabled, String disabledReason) {

    /** The answer of the management API's list. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Listing(List<Webhook> items) {}

    /** What registers one: the URL, the event types, and the {@code whsec_} secret both sides keep. */
    public record Registration(String url, List<String> eventTypes, String secret) {}
}
