package dev.beacon.channel.kit.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;

/** One page of published tips, featured first, then newest. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record TipPage(List<Tip> items, int page, int size, long totalItems, int totalPages) {}
