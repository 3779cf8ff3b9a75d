package dev.beacon.channel.kit.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.util.List;

/** One of {@code choices} (single, multiple), {@code text} or {@code number}, as the poll's kind asks. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record VoteRequest(List<String> choices, String text, BigDecimal number) {

    public static VoteRequest ofChoices(List<String> keys) {
        return new VoteRequest(keys, null, null);
    }

    public static VoteRequest ofText(String text) {
        return new VoteRequest(null, text, null);
    }

    public static VoteRequest ofNumber(BigDecimal number) {
        return new VoteRequest(null, null, number);
    }
}
