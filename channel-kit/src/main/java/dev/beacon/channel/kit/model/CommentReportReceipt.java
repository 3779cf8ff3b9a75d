package dev.beacon.channel.kit.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;

/** The API took the report. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record CommentReportReceipt(long commentId, String reason, Instant createdAt) {}
