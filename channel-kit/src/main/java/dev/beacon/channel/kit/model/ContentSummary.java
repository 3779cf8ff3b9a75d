package dev.beacon.channel.kit.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;
import java.util.List;

/** An item in a list: a teaser with its path, no body. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ContentSummary(
        long id,
        String type,
        Long parentId,
        String path,
        String locale,
        String title,
        String subtitle,
        String slug,
        List<String> tags,
        String excerpt,
        boolean featured,
        int position,
        Instant publishedAt) {}
