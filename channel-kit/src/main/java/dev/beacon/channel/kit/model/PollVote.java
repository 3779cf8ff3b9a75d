package dev.beacon.channel.kit.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** A person's vote as the API recorded it, with the results when the poll shows them after voting. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record PollVote(
        long pollId,
        String locale,
        List<String> choices,
        String text,
        BigDecimal number,
        Instant votedAt,
        PollResults results) {}
