package dev.beacon.channel.kit.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** A site's look: colours (#rrggbb), an https logo, a little CSS. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Skin(String primaryColor, String accentColor, String logoUrl, String css) {}
