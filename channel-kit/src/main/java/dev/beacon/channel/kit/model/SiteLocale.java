package dev.beacon.channel.kit.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;

/** One locale of a site, with the chain of locales its content falls back through. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record SiteLocale(String code, String name, String fallback, List<String> chain) {}
