package dev.beacon.channel.kit.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;

/** One of the person's own entries; {@code state} is {@code submitted}, {@code read}, {@code shortlisted} or {@code winner}. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record MyStoryEntry(
        long id,
        long competitionId,
        String title,
        String text,
        String realName,
        boolean hideRealName,
        String termsVersion,
        String state,
        Instant submittedAt) {}
