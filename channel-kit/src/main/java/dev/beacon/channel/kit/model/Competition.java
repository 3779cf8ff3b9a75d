package dev.beacon.channel.kit.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;

/**
 * A published story competition's rules: dates, {@code phase} ({@code upcoming}, {@code open}, {@code closed}),
 * the terms an entry accepts and the longest text it takes. The call itself is the item's body (delivery).
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Competition(
        long id,
        String title,
        String locale,
        Instant opensAt,
        Instant closesAt,
        String phase,
        boolean open,
        Terms terms,
        int maxTextLength) {

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Terms(String document, String version) {}
}
