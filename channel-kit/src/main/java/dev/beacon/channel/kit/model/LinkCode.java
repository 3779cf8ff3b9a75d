package dev.beacon.channel.kit.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;

/** A one-time code to type on another channel to link it to the same person. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record LinkCode(String code, Instant expiresAt) {}
