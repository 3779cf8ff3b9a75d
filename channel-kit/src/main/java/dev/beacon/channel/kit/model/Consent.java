package dev.beacon.channel.kit.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;

/** A recorded consent, or its withdrawal ({@code withdrawn}). */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Consent(String document, String version, String channel, Instant acceptedAt, boolean withdrawn) {}
