package dev.beacon.admin.manage.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** The draft of one translation. Channel variants and SEO fields are carried as the api wrote them. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Translation(
        long itemId,
        String locale,
        String title,
        String subtitle,
        String slug,
        List<String> tags,
        List<Block> body,
        Map<String, JsonNode> channels,
        JsonNode seo,
        String status,
        Integer currentRevision,
        Integer publishedRevision,
        Instant liveFrom,
        Instant liveUntil,
        Long version,
        Instant updatedAt) {

    public List<Block> body() {
        return body == null ? List.of() : body;
    }

    public List<String> tags() {
        return tags == null ? List.of() : tags;
    }
}
