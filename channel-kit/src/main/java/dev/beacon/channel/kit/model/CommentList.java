package dev.beacon.channel.kit.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;
import java.util.List;

/** One page of an item's top-level comments (newest first) and whether commenting is open, closed or disabled. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record CommentList(
        long itemId, Commenting commenting, List<Comment> items, int page, int size, long totalItems, int totalPages) {

    public List<Comment> itemsOrEmpty() {
        return items == null ? List.of() : items;
    }

    public String state() {
        return commenting == null || commenting.state() == null ? "disabled" : commenting.state();
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Commenting(String state, Instant opensAt, Instant closesAt) {}
}
