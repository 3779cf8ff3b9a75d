package dev.beacon.channel.kit.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;

/** A competition's public entries: winners first, then the shortlist. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record StoryEntryList(long competitionId, List<StoryEntry> items) {}
