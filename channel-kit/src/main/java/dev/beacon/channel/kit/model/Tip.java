package dev.beacon.channel.kit.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;

/** A published tip as anyone sees it: no data about its author beyond the display name they chose. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Tip(
        long id,
        String text,
        String html,
        String displayName,
        String locale,
        boolean featured,
        long helpful,
        Instant publishedAt) {}
