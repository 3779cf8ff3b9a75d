package dev.beacon.channel.kit.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;

/** A recorded consent. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Consent(String document, String version, String channel, Instant acceptedAt) {}
