package dev.beacon.channel.kit.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** Which community features a site has switched on. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Features(Boolean comments, Boolean polls, Boolean surveys, Boolean tips, Boolean stories) {}
