package dev.beacon.channel.kit.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;

/** One page of a content list, with totals. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ContentPage(List<ContentSummary> items, int page, int size, long totalItems, int totalPages) {}
