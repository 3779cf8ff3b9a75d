package dev.beacon.channel.kit.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/** A report of a comment: {@code reason} one of {@link #REASONS}, an optional note only moderators read. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CommentReportRequest(String reason, String note) {

    public static final List<String> REASONS = List.of("spam", "offensive", "bullying", "other");
}
