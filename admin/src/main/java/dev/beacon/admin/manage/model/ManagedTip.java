package dev.beacon.admin.manage.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;

/** A tip as staff see it through the management API. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ManagedTip(
        long id,
        Long profileId,
        String text,
        String displayName,
        String locale,
        String state,
        boolean featured,
        long helpful,
        Long articleId,
        Instant submittedAt,
        Instant publishedAt,
        String moderatedBy) {}
