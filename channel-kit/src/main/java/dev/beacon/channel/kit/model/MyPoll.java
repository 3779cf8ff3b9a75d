package dev.beacon.channel.kit.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;

/** A person's own view of a poll: whether they voted and how, their order of the choices, the results if they see them. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record MyPoll(
        long pollId,
        String state,
        boolean voted,
        PollVote vote,
        List<String> order,
        boolean resultsShown,
        PollResults results) {}
