package dev.beacon.channel.kit.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;

/** One of the person's own tips; {@code state} is {@code submitted}, {@code published} or {@code rejected}. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record MyTip(
        long id,
        String text,
        String displayName,
        String locale,
        String state,
        boolean featured,
        long helpful,
        Instant submittedAt,
        Instant publishedAt) {}
