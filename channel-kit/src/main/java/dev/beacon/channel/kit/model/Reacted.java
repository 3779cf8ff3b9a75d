package dev.beacon.channel.kit.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;

/** A counted reaction, with the article's thank-you in the served locale. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Reacted(long itemId, String choice, String locale, String thankYou, Instant reactedAt) {}
